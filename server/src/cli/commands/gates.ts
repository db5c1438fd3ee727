/**
 * `preflight gates [PATH]`: runs the gates over a tree and prints the gate table (or a report),
 * exiting 0 pass / 1 a hard gate failed / 2 a gate could not run.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { version } from '../../../../package.json';
import { Engine } from '../../engine/engine';
import { resolveBinary } from '../../engine/external/runner';
import { loadConfig, scanWorkspace } from '../../engine/workspace';
import { renderExplain } from '../../reporters/explain';
import { renderJson } from '../../reporters/json';
import { renderJunit } from '../../reporters/junit';
import { overall, type GatesReport } from '../../reporters/report';
import { renderSarif } from '../../reporters/sarif';
import { renderText } from '../../reporters/text';
import { EXIT, UsageError, type Command, type Io } from '../command';
import { workspaceRoot } from '../paths';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const RENDERERS: Record<Exclude<Format, 'text'>, (report: GatesReport) => string> = { json: renderJson, sarif: renderSarif, junit: renderJunit };

export const gates: Command = {
  name: 'gates',
  summary: "run the pipeline's security gates and print the verdicts",
  usage: `Usage: preflight gates [PATH] [options]

Runs the pipeline's security gates (secrets, sast, iac) over PATH (default: the current folder):
the gates of PATH/preflight.yml, or, without one, the gates discovered from the pipeline's own
definition (buildspec.yml, .github/workflows/*.yml, .gitlab-ci.yml); see --explain.

Options:
  --format text|json|sarif|junit
                             report format (default: text)
  --output FILE              write the report to FILE instead of standard output
                             (the gate table still goes to standard error)
  --explain                  print each gate and where it came from, without scanning
  --no-color                 plain text even on a terminal
  --builtin-only             do not run external tools (gitleaks) even when installed
  -h, --help                 show this help

Exit codes: 0 all gates pass, 1 a hard gate failed, 2 a gate could not run or bad usage.
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        explain: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'builtin-only': { type: 'boolean' },
      },
    });
    const format = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    const root = await workspaceRoot(positionals);
    const config = await loadConfig(root);
    if (values.explain) {
      io.stdout.write(renderExplain(config));
      return EXIT.pass;
    }
    return runGates(root, config, format as Format, values.output, !values['no-color'], !values['builtin-only'], io);
  },
};

async function runGates(root: string, config: Awaited<ReturnType<typeof loadConfig>>, format: Format, output: string | undefined, color: boolean, external: boolean, io: Io): Promise<number> {
  const engine = await Engine.create();
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // A pipeline step is trusted: external tools come from PATH only, never from the repository.
    const gitleaks = external ? resolveBinary('gitleaks') : undefined;
    const scan = await scanWorkspace(engine, root, {
      config,
      signal: controller.signal,
      external: external ? { gitleaks, gitleaksMissing: gitleaks ? undefined : 'was not found on PATH' } : undefined,
    });
    const report: GatesReport = { root, gates: config.gates, ...scan, rules: engine.rules, toolVersion: version };
    const rendered = format === 'text' ? undefined : RENDERERS[format](report);
    if (output) {
      writeFileSync(output, rendered ?? renderText(report, { color: false }));
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
