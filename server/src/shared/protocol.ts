/**
 * Custom LSP messages between the Preflight client and server, in one place. Each says who
 * sends it to whom. Standard LSP messages are not repeated here.
 */
import type { GateVerdict, ScanNotice, ScannerId, Severity, Suppression } from '../engine/types';

// The client imports no engine code; these types reach it through here.
export type { GateVerdict, ScanNotice, ScannerId, Severity, Suppression, VerdictStatus } from '../engine/types';

/** Client → server request: run every gate over the workspace folders (like `preflight gates`). */
export const RUN_GATES_REQUEST = 'preflight/runGates';

export interface RunGatesParams {
  /** Standard work-done token: the server reports per-file progress on it. */
  workDoneToken?: string | number;
}

export interface RunGatesResult {
  overall: 'pass' | 'fail' | 'error';
  /** Every folder's verdicts; in a multi-root workspace each gate name is prefixed with `folder/`. */
  verdicts: GateVerdict[];
  /** The same gate table `preflight gates` prints. */
  report: string;
  /**
   * One per workspace folder: exactly the text `preflight gates <folder> --format json` prints
   * (the same engine path), so the editor shows what the pipeline would.
   */
  reports: FolderReport[];
  filesScanned: number;
  findings: number;
  notices: ScanNotice[];
}

/** The machine-readable report of one workspace folder. */
export interface FolderReport {
  /** The workspace folder's URI. */
  folderUri: string;
  /** A `JsonReport` as text: what `preflight gates --format json` prints for that folder. */
  json: string;
}

/**
 * Server → client notification: the gate verdicts changed (after a run, or as edits change
 * findings). Sent only once a run has happened; open documents' live findings stand in for what
 * the run read from disk.
 */
export const VERDICTS_NOTIFICATION = 'preflight/verdicts';

export interface VerdictsParams {
  overall: 'pass' | 'fail' | 'error';
  verdicts: GateVerdict[];
  /**
   * Per folder, the last run's report with open documents' live findings. Only for clients that
   * ask (`liveReports`), and left out when it is the same as the one sent before.
   */
  reports?: FolderReport[];
}

/** The document `preflight gates --format json` prints (`JSON_REPORT_VERSION` 1). Lines and columns are 1-based. */
export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  overall: 'pass' | 'fail' | 'error';
  shard?: { index: number; count: number };
  verdicts: GateVerdict[];
  filesScanned: number;
  findings: JsonFinding[];
  notices: Array<{ level: ScanNotice['level']; message: string; file: string | null }>;
}

export interface JsonFinding {
  ruleId: string;
  gate: string;
  scanner: ScannerId;
  severity: Severity;
  /** Never contains a full secret value. */
  message: string;
  /** Relative to the scanned folder, forward slashes. */
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  engines: string[];
  /** `by === 'baseline'` for findings accepted in `.preflight/baseline.json`. */
  suppressed: Suppression | null;
}

/**
 * Client → server request: add a finding to `.preflight/baseline.json` with the reason the user
 * gave. The client asks for the reason (it is required) when the user picks the code action
 * "Accept into baseline…", whose command is `ACCEPT_INTO_BASELINE_COMMAND`.
 */
export const ACCEPT_INTO_BASELINE_REQUEST = 'preflight/acceptIntoBaseline';
/** The client-side command the code action runs (offered only to clients that announce it). */
export const ACCEPT_INTO_BASELINE_COMMAND = 'preflight.acceptIntoBaseline';

export interface AcceptIntoBaselineParams {
  /** The document the finding is in, and its fingerprint (from `Diagnostic.data`). */
  uri: string;
  fingerprint: string;
  reason: string;
}

export interface AcceptIntoBaselineResult {
  /** The baseline file written. */
  file: string;
  entries: number;
}

/**
 * Client → server request: a CycloneDX 1.6 JSON SBOM of one workspace folder's lock files, the
 * same text `preflight sbom` writes. The client decides where to save or show it. Fails (a
 * ResponseError whose message names the file and line) when there is no lock file, a lock file
 * or manifest cannot be read, or preflight.yml is malformed: never a partial SBOM.
 */
export const GENERATE_SBOM_REQUEST = 'preflight/generateSbom';

export interface GenerateSbomParams {
  /** The workspace folder; may be omitted when the server has exactly one. */
  folderUri?: string;
  /** List development-only packages too (scope "excluded"). Default false. */
  includeDev?: boolean;
}

export interface GenerateSbomResult {
  folderUri: string;
  /** The SBOM, CycloneDX 1.6 JSON. */
  text: string;
  /** One line for a notification: components per ecosystem, lock files read. */
  summary: string;
  /** Workspace-relative lock files read. */
  lockfiles: string[];
}

/** Initialization options the client passes in `initialize`. */
export interface PreflightInitializationOptions {
  /** VS Code's workspace trust. Untrusted: built-in scanners only, no external binaries. */
  workspaceTrusted: boolean;
  /**
   * Answer `textDocument/diagnostic` pulls when the client announces them (default true).
   * The VS Code client turns it off: it shows pushed diagnostics, and answering both would
   * list every finding twice in Problems.
   */
  pullDiagnostics?: boolean;
  /** The client implements `ACCEPT_INTO_BASELINE_COMMAND` (asks for a reason, then sends the request). */
  acceptIntoBaseline?: boolean;
  /**
   * Send each folder's live JSON report with VERDICTS_NOTIFICATION (`VerdictsParams.reports`).
   * Off by default: it is the whole report, which only a client that shows it should pay for.
   */
  liveReports?: boolean;
}
