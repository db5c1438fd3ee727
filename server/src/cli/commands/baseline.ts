/** `preflight baseline [PATH] [--reason TEXT]`: accepts today's findings into .preflight/baseline.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { BASELINE_FILE, renderBaseline, type BaselineEntry } from '../../engine/config/baseline';
import { Engine } from '../../engine/engine';
import { resolveBinary } from '../../engine/external/runner';
import { loadConfig, scanWorkspace } from '../../engine/workspace';
import { EXIT, UsageError, type Command } from '../command';
import { workspaceRoot } from '../paths';

const DEFAULT_REASON = 'existing finding, accepted when the baseline was written';

export const baseline: Command = {
  name: 'baseline',
  summary: 'accept the current findings into .preflight/baseline.json',
  usage: `Usage: preflight baseline [PATH] [options]

Scans PATH like \`preflight gates\` and writes ${BASELINE_FILE}: one entry (fingerprint, rule,
file, reason) per finding that is not suppressed otherwise. Gates then ignore those findings and
fail only on new ones. Entries already in the baseline keep their reasons; entries whose finding
is gone are dropped. Commit the file so the pipeline sees the same baseline.

Options:
  --reason TEXT              why these findings are accepted (default: "${DEFAULT_REASON}")
  --builtin-only             do not run external tools (gitleaks, Checkov) even when installed
  -h, --help                 show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { reason: { type: 'string' }, 'builtin-only': { type: 'boolean' } } });
    const reason = (values.reason ?? DEFAULT_REASON).trim();
    if (!reason) throw new UsageError('--reason must not be empty');
    const root = await workspaceRoot(positionals);
    const config = await loadConfig(root);
    const blocking = config.problems.find(({ error }) => error.file === BASELINE_FILE);
    if (blocking) throw blocking.error;
    const previous = config.baseline ?? new Map<string, BaselineEntry>();
    const engine = await Engine.create();
    try {
      const gitleaks = values['builtin-only'] ? undefined : resolveBinary('gitleaks');
      const checkov = values['builtin-only'] ? undefined : resolveBinary('checkov');
      const scan = await scanWorkspace(engine, root, { config, external: gitleaks || checkov ? { gitleaks, checkov } : undefined });
      const errors = scan.verdicts.filter((verdict) => verdict.status === 'error');
      if (errors.length > 0) {
        io.stderr.write(`preflight baseline: not written, because gates could not run: ${errors.map((verdict) => `${verdict.gate}: ${verdict.reason}`).join('; ')}\n`);
        return EXIT.error;
      }
      const entries = new Map<string, BaselineEntry>();
      for (const finding of scan.findings) {
        if (finding.suppressed && finding.suppressed.by !== 'baseline') continue;
        entries.set(finding.fingerprint, previous.get(finding.fingerprint) ?? { fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file, reason });
      }
      const added = [...entries.keys()].filter((key) => !previous.has(key)).length;
      const dropped = [...previous.keys()].filter((key) => !entries.has(key)).length;
      const target = join(root, BASELINE_FILE);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, renderBaseline(entries.values()));
      io.stdout.write(`wrote ${target}: ${entries.size} finding(s) accepted (${added} new, ${entries.size - added} kept, ${dropped} dropped as gone)\n`);
      return EXIT.pass;
    } finally {
      engine.dispose();
    }
  },
};
