/**
 * `preflight` — the engine as a pipeline step.
 *
 *   preflight gates [PATH] [--format text|json|sarif|junit] [--output FILE] [--no-color]
 *
 * Exit codes: 0 every gate passed (soft gates may report), 1 a hard gate failed,
 * 2 a gate could not run, or the command line / config was invalid.
 */
import { writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { ConfigError } from '../engine/config/preflight';
import { Engine } from '../engine/engine';
import { resolveBinary } from '../engine/external/runner';
import { loadConfig, scanWorkspace } from '../engine/workspace';
import { renderJson } from '../reporters/json';
import { renderJunit } from '../reporters/junit';
import { overall, type GatesReport } from '../reporters/report';
import { renderSarif } from '../reporters/sarif';
import { renderText } from '../reporters/text';

export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const RENDERERS: Record<Exclude<Format, 'text'>, (report: GatesReport) => string> = { json: renderJson, sarif: renderSarif, junit: renderJunit };

const USAGE = `Usage: preflight gates [PATH] [options]

Runs the pipeline's security gates (secrets, sast, iac) over PATH (default: the current folder),
as configured in PATH/preflight.yml, and prints a gate table.

Options:
  --format text|json|sarif|junit
                             report format (default: text)
  --output FILE              write the report to FILE instead of standard output
                             (the gate table still goes to standard error)
  --no-color                 plain text even on a terminal
  --builtin-only             do not run external tools (gitleaks, Checkov) even when installed
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 all gates pass, 1 a hard gate failed, 2 a gate could not run or bad usage.
`;

class UsageError extends Error {}

export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`preflight: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.error;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return EXIT.pass;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? EXIT.pass : EXIT.error;
  }
  const [command, ...rest] = positionals;
  try {
    if (command !== 'gates') throw new UsageError(`unknown command '${command}' (expected 'gates')`);
    if (rest.length > 1) throw new UsageError(`expected at most one PATH, got ${rest.length}`);
    const format = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    const root = resolve(rest[0] ?? '.');
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`${root} is not a folder`);
    return await runGates(root, format as Format, values.output, !values['no-color'], !values['builtin-only'], io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`preflight: ${error.message}\n\n${USAGE}`);
    } else if (error instanceof ConfigError) {
      io.stderr.write(`preflight: invalid configuration: ${error.message}\nEvery gate is in error until the configuration is fixed.\n`);
    } else {
      io.stderr.write(`preflight: ${(error as Error).stack ?? String(error)}\n`);
    }
    return EXIT.error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'no-color': { type: 'boolean' },
      'builtin-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

async function runGates(
  root: string,
  format: Format,
  output: string | undefined,
  color: boolean,
  external: boolean,
  io: { stdout: NodeJS.WritableStream & { isTTY?: boolean }; stderr: NodeJS.WritableStream & { isTTY?: boolean } },
): Promise<number> {
  const config = await loadConfig(root);
  const engine = await Engine.create();
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // A pipeline step is trusted: external tools come from PATH only, never from the repository.
    const gitleaks = external ? resolveBinary('gitleaks') : undefined;
    const checkov = external ? resolveBinary('checkov') : undefined;
    const scan = await scanWorkspace(engine, root, {
      config,
      signal: controller.signal,
      external: external
        ? { gitleaks, gitleaksMissing: gitleaks ? undefined : 'was not found on PATH', checkov, checkovMissing: checkov ? undefined : 'was not found on PATH' }
        : undefined,
    });
    const report: GatesReport = { root, gates: config.gates, ...scan, rules: engine.rules, toolVersion: version };
    const text = renderText(report, { color: false });
    const rendered = format === 'text' ? undefined : RENDERERS[format](report);
    if (output) {
      writeFileSync(output, rendered ?? text);
      io.stderr.write(renderText(report, { color: color && Boolean(io.stderr.isTTY) }));
    } else {
      io.stdout.write(rendered ?? renderText(report, { color: color && Boolean(io.stdout.isTTY) }));
    }
    return EXIT[overall(report)];
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    engine.dispose();
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
