/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers (Security Hub importers, archives).
 * URIs are relative to %SRCROOT%; rule metadata carries `CWE-<n>` tags and a
 * `security-severity` so code scanning ranks results like the gate does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findingImpact } from '../engine/gates/evaluate';
import { ruleDocsPath, type Rule } from '../engine/rules';
import type { Finding, Severity } from '../engine/types';
import { sortedFindings, type GatesReport } from './report';

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const DEFAULT_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: Rule) {
  const docsPath = ruleDocsPath(rule);
  const markdown = existsSync(docsPath) ? readFileSync(docsPath, 'utf8') : rule.description;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: rule.description, markdown },
    defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
    properties: {
      tags: ['security', rule.scanner, ...(rule.cwe ?? []).map((cwe) => `CWE-${cwe}`), ...(rule.tags ?? [])],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      // SARIF's precision ranks how often a rule's results are true; our rules state it as confidence.
      precision: rule.confidence ?? 'high',
    },
  };
}

export function renderSarif(report: GatesReport): string {
  const findings = sortedFindings(report.findings);
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const rules = ruleIds.map((id) => report.rules.get(id)).filter((rule): rule is Rule => rule !== undefined);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const gateByName = new Map(report.gates.map((gate) => [gate.name, gate]));
  const stageOf = (finding: Finding) => gateByName.get(finding.gate)?.stage;

  const physical = (file: string, range: Finding['range']) => ({
    artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  });

  const results = findings.map((finding) => {
    const impact = findingImpact(finding, gateByName.get(finding.gate));
    const related = finding.related ?? [];
    return {
      ruleId: finding.ruleId,
      ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
      level: impact === 'blocking' ? 'error' : impact === 'reported' ? 'warning' : 'note',
      message: { text: finding.message },
      locations: [{ physicalLocation: physical(finding.file, finding.range) }],
      ...(related.length > 0
        ? {
            relatedLocations: related.map((location, id) => ({ id, physicalLocation: physical(location.file, location.range), message: { text: location.message } })),
            // A data-flow finding's path: source, steps, then the sink (the result's own location).
            codeFlows: [
              {
                threadFlows: [
                  {
                    locations: [
                      ...related.map((location) => ({ location: { physicalLocation: physical(location.file, location.range), message: { text: location.message } } })),
                      { location: { physicalLocation: physical(finding.file, finding.range), message: { text: 'sink' } } },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
      partialFingerprints: { 'preflight/v1': finding.fingerprint },
      ...(finding.suppressed
        ? { suppressions: [{ kind: finding.suppressed.external ? 'external' : 'inSource', justification: `${finding.suppressed.by}${finding.suppressed.reason ? `: ${finding.suppressed.reason}` : ''}` }] }
        : {}),
      properties: { gate: finding.gate, stage: stageOf(finding), severity: finding.severity, engines: finding.engines, ...(finding.softFail ? { softFail: finding.softFail } : {}) },
    };
  });

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Preflight', version: report.toolVersion, semanticVersion: report.toolVersion, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(report.root).toString().replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: report.verdicts.every((verdict) => verdict.status !== 'error'),
            toolExecutionNotifications: report.notices.map((notice) => ({
              level: notice.level === 'info' ? 'note' : notice.level,
              message: { text: notice.message },
              ...(notice.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(notice.file), uriBaseId: '%SRCROOT%' } } }] } : {}),
            })),
          },
        ],
        results,
        properties: { verdicts: report.verdicts, ...(report.shard ? { shard: report.shard } : {}) },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
