/**
 * `preflight gates [PATH]`: runs the gates over a tree and prints the gate table (or a report),
 * exiting 0 pass / 1 a hard gate failed / 2 a gate could not run.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { version } from '../../../../package.json';
import { Engine } from '../../engine/engine';
import { resolveBinary } from '../../engine/external/runner';
import { isBaselined } from '../../engine/config/baseline';
import type { PreflightConfig } from '../../engine/config/preflight';
import type { GateConfig } from '../../engine/types';
import { loadConfig, scanWorkspace, type Shard } from '../../engine/workspace';
import { renderExplain } from '../../reporters/explain';
import { renderJson } from '../../reporters/json';
import { renderJunit } from '../../reporters/junit';
import { overall, type GatesReport } from '../../reporters/report';
import { renderSarif } from '../../reporters/sarif';
import { renderText } from '../../reporters/text';
import { EXIT, UsageError, type Command, type Io } from '../command';
import { stagedSnapshot } from '../git';
import { workspaceRoot } from '../paths';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const RENDERERS: Record<Exclude<Format, 'text'>, (report: GatesReport) => string> = { json: renderJson, sarif: renderSarif, junit: renderJunit };

export const gates: Command = {
  name: 'gates',
  summary: "run the pipeline's security gates and print the verdicts",
  usage: `Usage: preflight gates [PATH] [options]

Runs the pipeline's security gates (secrets, sast, iac, deps) over PATH (default: the current folder):
the gates of PATH/preflight.yml, or, without one, the gates discovered from the pipeline's own
definition (buildspec.yml, .github/workflows/*.yml, .gitlab-ci.yml); see --explain.

Options:
  --format text|json|sarif|junit
                             report format (default: text)
  --output FILE              write the report to FILE instead of standard output
                             (the gate table still goes to standard error)
  --stage NAME               run only the gates of this stage (source, build); repeatable
  --gate NAME                run only this gate; repeatable
  --shard I/N                scan only part I of N of the files (split by a hash of each path),
                             for N parallel CI runners; combine their reports with preflight merge
  --staged                   scan what is staged for the next commit (the index, not the
                             working tree); used by the git pre-commit hook
  --new-only                 leave findings accepted in .preflight/baseline.json out of the
                             report (gates ignore them either way)
  --explain                  print each gate and where it came from, without scanning
  --no-color                 plain text even on a terminal
  --builtin-only             do not run external tools (gitleaks, Checkov) even when installed
  --deps-audit               also run the dependency audit tools on PATH (osv-scanner,
                             npm audit, pip-audit); they contact vulnerability services over
                             the network, so they never run without this flag
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
        stage: { type: 'string', multiple: true },
        gate: { type: 'string', multiple: true },
        shard: { type: 'string' },
        'new-only': { type: 'boolean' },
        staged: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'builtin-only': { type: 'boolean' },
        'deps-audit': { type: 'boolean' },
      },
    });
    const format = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    const root = await workspaceRoot(positionals);
    const shard = values.shard === undefined ? undefined : parseShard(values.shard);
    const snapshot = values.staged ? stagedSnapshot(root) : undefined;
    try {
      if (snapshot && snapshot.staged.length === 0) {
        io.stderr.write('preflight: nothing is staged, so no gate has anything to check\n');
        return EXIT.pass;
      }
      const config = await loadConfig(snapshot?.folder ?? root);
      config.gates = selectGates(config.gates, values.stage ?? [], values.gate ?? []);
      if (values.explain) {
        io.stdout.write(renderExplain(config));
        return EXIT.pass;
      }
      const options: RunOptions = { format: format as Format, output: values.output, color: !values['no-color'], external: !values['builtin-only'], depsAudit: Boolean(values['deps-audit']) && !values['builtin-only'], shard, newOnly: Boolean(values['new-only']) };
      if (snapshot) Object.assign(options, { scanRoot: snapshot.folder, only: new Set(snapshot.staged) });
      return await runGates(root, config, options, io);
    } finally {
      if (snapshot) rmSync(snapshot.temporary, { recursive: true, force: true });
    }
  },
};

/** `--shard 2/4` → { index: 2, count: 4 }. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be I/N with 1 <= I <= N, e.g. 2/4; got '${text}'`);
  return { index, count };
}

/** The gates named by --stage / --gate (comma lists allowed); all when neither is given. */
function selectGates(gates: GateConfig[], stages: string[], names: string[]): GateConfig[] {
  const split = (values: string[]) => new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean));
  const [wantedStages, wantedNames] = [split(stages), split(names)];
  for (const name of wantedNames) {
    if (!gates.some((gate) => gate.name === name)) throw new UsageError(`no gate named '${name}' (gates: ${gates.map((gate) => gate.name).join(', ')})`);
  }
  for (const stage of wantedStages) {
    if (!gates.some((gate) => gate.stage === stage)) throw new UsageError(`no gate in stage '${stage}' (stages: ${[...new Set(gates.map((gate) => gate.stage))].join(', ')})`);
  }
  return gates.filter((gate) => (wantedStages.size === 0 || wantedStages.has(gate.stage)) && (wantedNames.size === 0 || wantedNames.has(gate.name)));
}

interface RunOptions {
  format: Format;
  output?: string;
  color: boolean;
  external: boolean;
  /** Run the network-using dependency audit tools (opt-in). */
  depsAudit: boolean;
  shard?: Shard;
  newOnly: boolean;
  /** Where the files are read from when it is not the reported root (the staged snapshot). */
  scanRoot?: string;
  only?: ReadonlySet<string>;
}

async function runGates(root: string, config: PreflightConfig, { format, output, color, external, depsAudit, shard, newOnly, scanRoot, only }: RunOptions, io: Io): Promise<number> {
  const engine = await Engine.create();
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // A pipeline step is trusted: external tools come from PATH only, never from the repository.
    const gitleaks = external ? resolveBinary('gitleaks') : undefined;
    const checkov = external ? resolveBinary('checkov') : undefined;
    const scan = await scanWorkspace(engine, scanRoot ?? root, {
      config,
      signal: controller.signal,
      external: external
        ? {
            gitleaks,
            gitleaksMissing: gitleaks ? undefined : 'was not found on PATH',
            checkov,
            checkovMissing: checkov ? undefined : 'was not found on PATH',
            deps: depsAudit ? { osvScanner: resolveBinary('osv-scanner'), npm: resolveBinary('npm'), pipAudit: resolveBinary('pip-audit') } : undefined,
          }
        : undefined,
      shard,
      only,
    });
    // Baselined findings never count towards a verdict; --new-only also keeps them out of sight.
    const findings = newOnly ? scan.findings.filter((finding) => !isBaselined(finding)) : scan.findings;
    const report: GatesReport = { root, gates: config.gates, ...scan, findings, rules: engine.rules, toolVersion: version, shard };
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
