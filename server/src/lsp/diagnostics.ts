/**
 * Finding → LSP Diagnostic, code actions and hover text. The severity says what the pipeline
 * will do with the finding: Error when it fails its gate, Warning when a soft gate reports it,
 * Information when it is below the gate's threshold or suppressed.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { findingImpact, type FindingImpact } from '../engine/gates/evaluate';
import { ruleDocsUri, type Rule } from '../engine/rules';
import type { Finding, Fix, GateConfig } from '../engine/types';
import { childUri } from './paths';

export const SOURCE = 'preflight';

/** Carried in `Diagnostic.data` so a code action finds its finding again. */
export interface DiagnosticData {
  fingerprint: string;
}

const SEVERITY: Record<FindingImpact, DiagnosticSeverity> = {
  blocking: DiagnosticSeverity.Error,
  reported: DiagnosticSeverity.Warning,
  'below-threshold': DiagnosticSeverity.Information,
  suppressed: DiagnosticSeverity.Information,
};

function impactText(finding: Finding, gate: GateConfig | undefined, impact: FindingImpact): string {
  const name = gate ? `${gate.name} (${gate.stage})` : finding.gate;
  switch (impact) {
    case 'blocking':
      return `fails gate ${name}`;
    case 'reported':
      return finding.softFail && gate?.mode === 'hard' ? `reported, does not fail gate ${name}: ${finding.softFail}` : `reported by soft gate ${name}`;
    case 'below-threshold':
      return `below gate ${name}'s fail-on ${gate?.failOn}`;
    case 'suppressed':
      if (finding.suppressed?.by === 'baseline') return `baselined: ${finding.suppressed.reason ?? ''}`;
      return `skipped by ${finding.suppressed?.by}${finding.suppressed?.reason ? `: ${finding.suppressed.reason}` : ''}`;
  }
}

export function toDiagnostic(finding: Finding, gate: GateConfig | undefined, rule: Rule | undefined, folderUri: string): Diagnostic {
  const impact = findingImpact(finding, gate);
  const engines = finding.engines.length > 1 ? ` · engines: ${finding.engines.join(', ')}` : '';
  const data: DiagnosticData = { fingerprint: finding.fingerprint };
  return {
    range: finding.range,
    severity: SEVERITY[impact],
    code: finding.ruleId,
    ...(rule ? { codeDescription: { href: ruleDocsUri(rule) } } : {}),
    source: SOURCE,
    message: `${finding.message} [${finding.severity}; ${impactText(finding, gate, impact)}${engines}]`,
    data,
    ...(finding.related && finding.related.length > 0
      ? {
          relatedInformation: finding.related.map((related) => ({
            location: { uri: childUri(folderUri, related.file), range: related.range },
            message: related.message,
          })),
        }
      : {}),
  };
}

/** The workspace edit that appends a line to another file, or undefined when the line is already there. */
export type AppendLineEdit = (append: NonNullable<Fix['appendLine']>) => WorkspaceEdit | undefined;

export function toCodeActions(finding: Finding, diagnostic: Diagnostic, uri: string, appendLine: AppendLineEdit): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const fix of finding.fixes) {
    const edit: WorkspaceEdit | undefined = fix.appendLine ? appendLine(fix.appendLine) : { changes: { [uri]: fix.edits } };
    if (!edit) continue;
    actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.isPreferred, edit });
  }
  return actions;
}

export function hoverMarkdown(finding: Finding, rule: Rule | undefined, gate: GateConfig | undefined): MarkupContent {
  const impact = impactText(finding, gate, findingImpact(finding, gate));
  const lines = [`**${rule?.title ?? finding.ruleId}** \`${finding.ruleId}\``, ''];
  const tags = [finding.severity, ...(rule?.cwe ?? []).map((cwe) => `[CWE-${cwe}](https://cwe.mitre.org/data/definitions/${cwe}.html)`)];
  lines.push(`${tags.join(' · ')} · ${impact}`, '');
  if (rule) lines.push(rule.description, '', `[Rule documentation](${ruleDocsUri(rule)})`);
  return { kind: 'markdown', value: lines.join('\n') };
}
