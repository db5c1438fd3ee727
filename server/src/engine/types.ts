/**
 * The types every part of Preflight meets: rules, findings, fixes, gates and verdicts.
 *
 * Positions are zero-based lines and UTF-16 code-unit columns: the unit of JavaScript strings,
 * of web-tree-sitter and of LSP, so no conversion happens between the engine and the editor.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Larger is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export const SCANNER_IDS = ['secrets', 'sast', 'iac', 'deps'] as const;
export type ScannerId = (typeof SCANNER_IDS)[number];

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A mechanical change that resolves (or suppresses) a finding. Edits apply to the finding's file. */
export interface Fix {
  title: string;
  kind: 'fix' | 'suppress';
  edits: TextEdit[];
  /**
   * A line to add to another workspace file (created when missing; nothing happens when the line
   * is already there), e.g. `NAME=` in `.env.example` or a fingerprint in `.gitleaksignore`.
   * Applied by the editor integration, which can see that file.
   */
  appendLine?: { file: string; line: string };
  /** The fix a user most likely wants (bound to "auto fix" in editors). */
  isPreferred?: boolean;
}

export interface Suppression {
  /** The syntax that suppressed it, in the tool's own words: `gitleaks:allow`, `checkov:skip`, `preflight-ignore`. */
  by: string;
  reason?: string;
  /** The suppression lives outside the finding's file (a tool's configuration file): SARIF kind `external`. */
  external?: boolean;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  scanner: ScannerId;
  /** Filled in by gate assignment; empty until then. */
  gate: string;
  severity: Severity;
  /** Human message. Never contains a full secret value. */
  message: string;
  /** Workspace-relative path with forward slashes. */
  file: string;
  range: Range;
  /** Stable across unrelated edits: derived from file, rule and matched content, never the line number. */
  fingerprint: string;
  /** Which engines reported it (`preflight`, later `gitleaks`, `checkov`). */
  engines: string[];
  fixes: Fix[];
  suppressed?: Suppression;
  /**
   * Set when the tool's own configuration says this finding is reported without failing its gate
   * (Checkov's `soft-fail`, `soft-fail-on`, `hard-fail-on`): why, e.g. `.checkov.yaml soft-fail-on CKV_AWS_20`.
   */
  softFail?: string;
  related?: RelatedLocation[];
}

/** What every rule declares; full documentation is the rule folder's README.md. */
export interface RuleMeta {
  id: string;
  scanner: ScannerId;
  title: string;
  severity: Severity;
  /** CWE numbers this rule detects, e.g. [78]. */
  cwe?: number[];
  /** One or two sentences: what is wrong and what to do. Shown on hover and in SARIF. */
  description: string;
  tags?: string[];
  /** How sure a finding of this rule is to be a real problem (SAST): shown in SARIF and used to rank. */
  confidence?: 'high' | 'medium' | 'low';
}

export type GateMode = 'hard' | 'soft';

export interface GateConfig {
  name: string;
  stage: string;
  scanners: ScannerId[];
  /** The lowest severity that fails the gate. */
  failOn: Severity;
  mode: GateMode;
  /** Where the gate was defined: a file and 1-based line, or `default`. */
  origin: string;
}

export type VerdictStatus = 'pass' | 'fail' | 'error';

export interface GateVerdict {
  gate: string;
  stage: string;
  /** Where the gate was defined (GateConfig.origin): `preflight.yml:3`, `buildspec.yml:18`, `default`. */
  origin: string;
  mode: GateMode;
  failOn: Severity;
  status: VerdictStatus;
  /** Why: the counts that failed it, or what could not run. */
  reason: string;
  /** Unsuppressed findings per severity. */
  counts: Record<Severity, number>;
  /** Of those, the ones the tool's configuration soft-fails (Checkov `soft-fail-on`): reported, never failing. */
  softFailed: Record<Severity, number>;
  suppressed: number;
}

/** Something the user should know about a scan that is not a finding: a skipped file, a scanner error. */
export interface ScanNotice {
  level: 'error' | 'warning' | 'info';
  message: string;
  file?: string;
  range?: Range;
  /** When set, the gate(s) running this scanner could not do their job on this input: verdict error. */
  scanner?: ScannerId;
}
