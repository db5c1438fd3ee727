/**
 * `preflight` — the engine as a pipeline step and a developer's command line.
 *
 *   preflight gates [PATH] [--format text|json|sarif|junit] [--output FILE] [--explain]
 *   preflight baseline [PATH] [--reason TEXT]
 *   preflight init  [PATH] [--from-ci] [--force]
 *   preflight hook install|uninstall [PATH] [--force]
 *   preflight merge REPORT... [--format …] [--output FILE]
 *   preflight sbom  [PATH] [--output FILE] [--include-dev]
 *
 * Exit codes: 0 success / every gate passed (soft gates may report), 1 a hard gate failed,
 * 2 a gate could not run, or the command line / config was invalid.
 */
import { version } from '../../../package.json';
import { ConfigError } from '../engine/config/preflight';
import { EXIT, UsageError, type Command, type Io } from './command';
import { baseline } from './commands/baseline';
import { gates } from './commands/gates';
import { hook } from './commands/hook';
import { init } from './commands/init';
import { merge } from './commands/merge';
import { sbom } from './commands/sbom';

export { EXIT };

const COMMANDS: Command[] = [gates, baseline, init, merge, hook, sbom];

const USAGE = `Usage: preflight <command> [PATH] [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Run \`preflight <command> --help\` for a command's options.
  -v, --version              show the version
`;

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...args] = argv;
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${version}\n`);
    return EXIT.pass;
  }
  if (name === undefined || name === '-h' || name === '--help') {
    (name ? io.stdout : io.stderr).write(USAGE);
    return name ? EXIT.pass : EXIT.error;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`preflight: unknown command '${name}' (expected ${COMMANDS.map((candidate) => `'${candidate.name}'`).join(', ')})\n\n${USAGE}`);
    return EXIT.error;
  }
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout.write(command.usage);
    return EXIT.pass;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`preflight ${command.name}: ${(error as Error).message}\n\n${command.usage}`);
    } else if (error instanceof ConfigError) {
      io.stderr.write(`preflight: invalid configuration: ${error.message}\nEvery gate is in error until the configuration is fixed.\n`);
    } else {
      io.stderr.write(`preflight: ${(error as Error).stack ?? String(error)}\n`);
    }
    return EXIT.error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`preflight: ${String(error)}\n`);
      process.exitCode = EXIT.error;
    },
  );
}
