/**
 * `preflight merge REPORT...`: combines the reports of `preflight gates --shard I/N` runs (one per
 * CI runner) into the report and verdict one runner over all files would have given.
 *
 * JSON reports are the interchange format: merged, they can be written as any format. SARIF
 * reports merge into one SARIF run. Every part 1..N must be there exactly once: a missing part
 * is an error, never a pass.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ALL_RULES } from '../../../../rules/index';
import { mergeVerdicts } from '../../engine/gates/evaluate';
import { RuleRegistry } from '../../engine/rules';
import type { Finding, GateConfig, GateVerdict, ScanNotice } from '../../engine/types';
import { renderJson } from '../../reporters/json';
import { renderJunit } from '../../reporters/junit';
import { overall, type GatesReport } from '../../reporters/report';
import { renderSarif } from '../../reporters/sarif';
import { renderText } from '../../reporters/text';
import type { JsonReport } from '../../shared/protocol';
import { EXIT, UsageError, type Command } from '../command';

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string }> } & Record<string, unknown> };
    invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }>;
    results?: Array<{ ruleId: string; ruleIndex?: number; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }> }>;
    properties?: { verdicts?: GateVerdict[]; shard?: { index: number; count: number } };
  } & Record<string, unknown>>;
}

type Part = { file: string; kind: 'json'; report: JsonReport } | { file: string; kind: 'sarif'; log: SarifLog };

export const merge: Command = {
  name: 'merge',
  summary: 'combine the reports of sharded gate runs into one verdict',
  usage: `Usage: preflight merge REPORT... [options]

Combines the JSON or SARIF reports of \`preflight gates --shard I/N\` runs into the report one run
over all files would give, prints the gate table and exits like \`preflight gates\`.

Options:
  --format text|json|sarif|junit
                             merged report format (default: the inputs' format; SARIF inputs
                             can only be merged into SARIF)
  --output FILE              write the merged report to FILE (the gate table goes to standard error)
  -h, --help                 show this help

Exit codes: 0 all gates pass, 1 a hard gate failed, 2 a gate could not run, a part is missing
or the inputs do not fit together.
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } } });
    if (positionals.length === 0) throw new UsageError('expected the reports to merge');
    const parts = positionals.map(readPart);
    const kinds = new Set(parts.map((part) => part.kind));
    if (kinds.size > 1) throw new UsageError('cannot merge JSON and SARIF reports together; merge each kind on its own');
    checkComplete(parts.map((part) => ({ file: part.file, shard: part.kind === 'json' ? part.report.shard : part.log.runs[0]?.properties?.shard })));
    const format = values.format ?? parts[0].kind;
    let rendered: string;
    let verdicts: GateVerdict[];
    let table: string;
    if (parts[0].kind === 'sarif') {
      if (format !== 'sarif') throw new UsageError('SARIF reports merge into SARIF only; merge JSON reports for other formats');
      const merged = mergeSarif(parts.map((part) => (part as Extract<Part, { kind: 'sarif' }>).log));
      verdicts = merged.runs[0].properties?.verdicts ?? [];
      rendered = `${JSON.stringify(merged, null, 2)}\n`;
      table = renderText(reportOf(verdicts, [], [], 0, ''), { color: false });
    } else {
      const report = mergeJson(parts.map((part) => (part as Extract<Part, { kind: 'json' }>).report));
      verdicts = report.verdicts;
      const renderers: Record<string, (report: GatesReport) => string> = { json: renderJson, sarif: renderSarif, junit: renderJunit, text: (value) => renderText(value, { color: false }) };
      if (!renderers[format]) throw new UsageError(`--format must be one of text, json, sarif, junit, not '${format}'`);
      rendered = renderers[format](report);
      table = renderText(report, { color: false });
    }
    if (values.output) {
      writeFileSync(values.output, rendered);
      io.stderr.write(table);
    } else {
      io.stdout.write(rendered);
    }
    return EXIT[overall({ verdicts })];
  },
};

function readPart(file: string): Part {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not a readable JSON or SARIF report (${(error as Error).message})`);
  }
  const value = document as { version?: unknown; runs?: SarifLog['runs']; verdicts?: unknown; findings?: unknown };
  if (value.version === '2.1.0' && Array.isArray(value.runs)) {
    if (value.runs.length !== 1 || !value.runs[0].properties?.verdicts) throw new UsageError(`${file}: a SARIF log with one Preflight run is expected`);
    return { file, kind: 'sarif', log: document as SarifLog };
  }
  if (typeof value.version === 'number' && Array.isArray(value.verdicts) && Array.isArray(value.findings)) return { file, kind: 'json', report: document as JsonReport };
  throw new UsageError(`${file}: neither a \`preflight gates --format json\` report nor a SARIF log`);
}

/** Every part 1..N exactly once, all with the same N. */
function checkComplete(parts: Array<{ file: string; shard?: { index: number; count: number } }>): void {
  const unsharded = parts.find((part) => !part.shard);
  if (unsharded && parts.length > 1) throw new UsageError(`${unsharded.file} was not produced with --shard I/N; only the parts of one sharded run can be merged`);
  if (unsharded) return;
  const count = parts[0].shard!.count;
  const seen = new Map<number, string>();
  for (const { file, shard } of parts) {
    if (shard!.count !== count) throw new UsageError(`${file} is part ${shard!.index}/${shard!.count}, but ${parts[0].file} is part of ${count}`);
    if (seen.has(shard!.index)) throw new UsageError(`part ${shard!.index}/${count} is given twice (${seen.get(shard!.index)} and ${file})`);
    seen.set(shard!.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) throw new UsageError(`missing part(s) ${missing.map((index) => `${index}/${count}`).join(', ')}: a merged verdict needs every part`);
}

function reportOf(verdicts: GateVerdict[], findings: Finding[], notices: ScanNotice[], filesScanned: number, toolVersion: string): GatesReport {
  const gates: GateConfig[] = verdicts.map((verdict) => ({ name: verdict.gate, stage: verdict.stage, scanners: [], failOn: verdict.failOn, mode: verdict.mode, origin: verdict.origin }));
  return { root: '.', gates, verdicts, findings, notices, filesScanned, rules: new RuleRegistry(ALL_RULES), toolVersion };
}

function mergeJson(reports: JsonReport[]): GatesReport {
  const versions = new Set(reports.map((report) => `${report.version} ${report.tool.version}`));
  if (versions.size > 1) throw new UsageError(`the reports come from different Preflight versions (${[...versions].join(', ')})`);
  const findings: Finding[] = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      scanner: finding.scanner,
      gate: finding.gate,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      range: { start: { line: finding.startLine - 1, character: finding.startColumn - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
      fingerprint: finding.fingerprint,
      engines: finding.engines,
      fixes: [],
      ...(finding.suppressed ? { suppressed: finding.suppressed } : {}),
    })),
  );
  const notices = new Map<string, ScanNotice>();
  for (const report of reports) {
    for (const notice of report.notices) notices.set(JSON.stringify(notice), { level: notice.level, message: notice.message, ...(notice.file ? { file: notice.file } : {}) });
  }
  let verdicts: GateVerdict[];
  try {
    verdicts = mergeVerdicts(reports.map((report) => report.verdicts));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const filesScanned = reports.reduce((sum, report) => sum + report.filesScanned, 0);
  return reportOf(verdicts, findings, [...notices.values()], filesScanned, reports[0].tool.version);
}

function mergeSarif(logs: SarifLog[]): SarifLog {
  const runs = logs.map((log) => log.runs[0]);
  const rules = new Map<string, { id: string }>();
  for (const run of runs) for (const rule of run.tool.driver.rules ?? []) rules.set(rule.id, rule);
  const ordered = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(ordered.map((rule, i) => [rule.id, i]));
  const key = (result: NonNullable<SarifLog['runs'][number]['results']>[number]) => {
    const location = result.locations?.[0]?.physicalLocation;
    return [location?.artifactLocation?.uri ?? '', location?.region?.startLine ?? 0, location?.region?.startColumn ?? 0, result.ruleId] as const;
  };
  const results = runs
    .flatMap((run) => run.results ?? [])
    .map((result) => ({ ...result, ...(index.has(result.ruleId) ? { ruleIndex: index.get(result.ruleId) } : {}) }))
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) || x[1] - y[1] || x[2] - y[2] || (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0);
    });
  let verdicts: GateVerdict[];
  try {
    verdicts = mergeVerdicts(runs.map((run) => run.properties?.verdicts ?? []));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const notifications = new Map<string, unknown>();
  for (const run of runs) for (const notification of run.invocations?.[0]?.toolExecutionNotifications ?? []) notifications.set(JSON.stringify(notification), notification);
  const { shard: _shard, ...properties } = runs[0].properties ?? {};
  return {
    ...logs[0],
    runs: [
      {
        ...runs[0],
        tool: { ...runs[0].tool, driver: { ...runs[0].tool.driver, rules: ordered } },
        invocations: [{ ...runs[0].invocations?.[0], executionSuccessful: verdicts.every((verdict) => verdict.status !== 'error'), toolExecutionNotifications: [...notifications.values()] }],
        results,
        properties: { ...properties, verdicts },
      },
    ],
  };
}
