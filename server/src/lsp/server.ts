/**
 * The Preflight language server's logic. `main.ts` creates the connection (stdio or IPC) and
 * hands it here; this class wires LSP messages to the engine and turns findings into
 * diagnostics, code actions and hovers. It never scans itself: the engine does.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { version } from '../../../package.json';
import { applyBaseline, BASELINE_FILE, renderBaseline } from '../engine/config/baseline';
import { isPipelineDefinition } from '../engine/config/discovery';
import { CHECKOV_CONFIG_FILE_NAMES, parseCheckovConfig, pathSkipped } from '../engine/config/checkov';
import { ConfigError, CONFIG_FILE_NAMES, defaultConfig, parseConfig, type PreflightConfig } from '../engine/config/preflight';
import { directoryOf, DiskDirectoryReader, OverlayDirectoryReader, type DirectoryReader } from '../engine/directory';
import { Engine } from '../engine/engine';
import { evaluateGates, overallStatus } from '../engine/gates/evaluate';
import type { Finding, GateVerdict, ScanNotice } from '../engine/types';
import { mergeCheckov, runCheckov } from '../engine/external/checkov';
import { mergeGitleaks, runGitleaks } from '../engine/external/gitleaks';
import { resolveBinary } from '../engine/external/runner';
import { loadConfig, problemNotices, scanWorkspace, type ExternalTools } from '../engine/workspace';
import { sbomSummary, timestampFromEnvironment, workspaceSbom } from '../engine/sbom';
import { LOCKFILE_NAMES, LockfileError } from '../engine/scanners/deps/lockfiles';
import { renderJson } from '../reporters/json';
import type { GatesReport } from '../reporters/report';
import { renderText } from '../reporters/text';
import {
  ACCEPT_INTO_BASELINE_COMMAND,
  ACCEPT_INTO_BASELINE_REQUEST,
  GENERATE_SBOM_REQUEST,
  RUN_GATES_REQUEST,
  type GenerateSbomParams,
  type GenerateSbomResult,
  type AcceptIntoBaselineParams,
  type AcceptIntoBaselineResult,
  type FolderReport,
  VERDICTS_NOTIFICATION,
  type PreflightInitializationOptions,
  type RunGatesParams,
  type RunGatesResult,
  type VerdictsParams,
} from '../shared/protocol';
import { DEFAULT_SETTINGS, sanitiseSettings, type PreflightSettings } from '../shared/settings';
import { hoverMarkdown, SOURCE, toCodeActions, toDiagnostic, type DiagnosticData } from './diagnostics';
import { DocumentStore } from './documents';
import { childUri, fsPath, locate } from './paths';

interface FolderConfig {
  config: PreflightConfig;
  /** Set when preflight.yml is malformed: scans use the defaults, every gate verdict is error. */
  error?: ConfigError;
}

interface DocumentResult {
  version: number;
  folderUri: string;
  relativePath: string;
  config: PreflightConfig;
  findings: Finding[];
  notices: ScanNotice[];
}

interface WorkspaceRun {
  config: FolderConfig;
  /** relative path → findings, from the last "Run Pipeline Gates Locally". */
  findings: Map<string, Finding[]>;
  notices: ScanNotice[];
  filesScanned: number;
}

/** How long after a sibling changes the documents that read it are re-scanned (typing in the sibling is debounced). */
const SIBLING_RESCAN_DELAY_MS = 300;
/** How long verdict notifications are gathered before one is sent (typing rescans often). */
const VERDICTS_DELAY_MS = 150;
/** The least time between two progress messages of a gate run (one per file would flood the client). */
const PROGRESS_INTERVAL_MS = 100;

export class PreflightServer {
  private engine!: Engine;
  private readonly ready: Promise<void>;
  private markReady!: () => void;
  private readonly documents = new DocumentStore();
  private folders: string[] = [];
  private supportsConfiguration = false;
  private pullDiagnostics = false;
  private workspaceTrusted = false;
  /** The client asks for a reason and sends ACCEPT_INTO_BASELINE_REQUEST (our VS Code client does). */
  private offerBaselineAction = false;
  private watchFilesDynamically = false;
  private readonly settingsCache = new Map<string, Promise<PreflightSettings>>();
  private readonly configs = new Map<string, Promise<FolderConfig>>();
  private readonly results = new Map<string, DocumentResult>();
  private readonly pending = new Map<string, { timer?: NodeJS.Timeout; controller?: AbortController; external?: AbortController; running?: Promise<void> }>();
  private readonly runs = new Map<string, WorkspaceRun>();
  /** Reasons an external tool did not run that were already logged (each is said once). */
  private readonly reportedMissing = new Set<string>();
  /** URIs that hold diagnostics from a workspace run (closed files). */
  private readonly publishedFromRun = new Set<string>();
  /** Per workspace folder: its files on disk, for scans that read a file's siblings (Terraform modules). */
  private readonly diskReaders = new Map<string, DiskDirectoryReader>();
  private verdictsTimer: NodeJS.Timeout | undefined;
  /** The client shows live reports (`liveReports`); the last ones sent, to send them only when they change. */
  private liveReportsWanted = false;
  private lastSentReports: string | undefined;

  constructor(private readonly connection: Connection) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => void this.initialized());
    c.onDidOpenTextDocument(({ textDocument }) => {
      this.documents.open(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
      this.schedule(textDocument.uri, 0);
      this.rescanSiblings(textDocument.uri);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      this.documents.change(textDocument.uri, textDocument.version, contentChanges);
      void this.onChange(textDocument.uri);
      this.rescanSiblings(textDocument.uri);
    });
    c.onDidSaveTextDocument(({ textDocument }) => void this.onSave(textDocument.uri));
    c.onDidCloseTextDocument(({ textDocument }) => this.onClose(textDocument.uri));
    c.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        const { folderUri, relativePath } = locate(change.uri, this.folders);
        this.diskReaders.get(folderUri)?.invalidate(relativePath);
        this.rescanSiblings(change.uri);
        if (isConfigFile(change.uri)) void this.reloadConfig(folderUri);
        else if (change.type === FileChangeType.Deleted) this.forgetFile(change.uri);
      }
    });
    c.onDidChangeConfiguration(() => {
      this.settingsCache.clear();
      this.rescanOpenDocuments();
    });
    c.onCodeAction((params) => this.codeActions(params));
    c.onHover((params) => this.hover(params));
    c.languages.diagnostics.on(async (params, token) => this.pullDiagnostic(params.textDocument.uri, token));
    c.onRequest(RUN_GATES_REQUEST, (params: RunGatesParams, token) => this.runGates(params ?? {}, token));
    c.onRequest(ACCEPT_INTO_BASELINE_REQUEST, (params: AcceptIntoBaselineParams) => this.acceptIntoBaseline(params));
    c.onRequest(GENERATE_SBOM_REQUEST, (params: GenerateSbomParams) => this.generateSbom(params ?? {}));
    c.onShutdown(() => {
      for (const uri of this.pending.keys()) this.cancel(uri);
      clearTimeout(this.verdictsTimer);
      for (const entry of this.documents.all()) this.documents.close(entry.document.uri);
      this.engine?.dispose();
    });
    c.listen();
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  private initialize(params: InitializeParams): InitializeResult {
    this.folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (this.folders.length === 0 && params.rootUri) this.folders = [params.rootUri];
    this.supportsConfiguration = Boolean(params.capabilities.workspace?.configuration);
    const options = (params.initializationOptions ?? {}) as Partial<PreflightInitializationOptions>;
    this.workspaceTrusted = options.workspaceTrusted === true;
    this.pullDiagnostics = Boolean(params.capabilities.textDocument?.diagnostic) && options.pullDiagnostics !== false;
    this.offerBaselineAction = options.acceptIntoBaseline === true;
    this.liveReportsWanted = options.liveReports === true;
    this.watchFilesDynamically = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        ...(this.pullDiagnostics ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'preflight', version },
    };
  }

  private async initialized(): Promise<void> {
    try {
      this.engine = await Engine.create();
    } catch (error) {
      this.connection.window.showErrorMessage(`Preflight could not load its parsers: ${(error as Error).message}`);
      throw error;
    }
    this.markReady();
    this.connection.console.info(
      `Preflight ${version}: ${this.engine.rules.all().length} rules; workspace ${this.workspaceTrusted ? 'trusted' : 'untrusted: built-in scanners only'}`,
    );
    if (this.watchFilesDynamically) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    this.connection.workspace.onDidChangeWorkspaceFolders?.((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      this.folders = [...this.folders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
      this.configs.clear();
      this.rescanOpenDocuments();
    });
  }

  // ---- document events ----------------------------------------------------------------------

  private async onChange(uri: string): Promise<void> {
    const settings = await this.settings(uri);
    if (settings.scanOnType) this.schedule(uri, settings.scanOnTypeDelayMs);
    else this.cancel(uri);
    if (isConfigFile(uri)) this.publishConfigDiagnostics(uri);
  }

  private async onSave(uri: string): Promise<void> {
    if (isConfigFile(uri)) await this.reloadConfig(locate(uri, this.folders).folderUri);
    this.schedule(uri, 0, () => this.runExternalOnSave(uri));
  }

  private onClose(uri: string): void {
    this.cancel(uri);
    this.documents.close(uri);
    this.results.delete(uri);
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.notifyVerdicts();
  }

  private forgetFile(uri: string): void {
    const { folderUri, relativePath } = locate(uri, this.folders);
    this.runs.get(folderUri)?.findings.delete(relativePath);
    this.publishedFromRun.delete(uri);
    if (!this.documents.get(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.notifyVerdicts();
  }

  /**
   * The files around a document: the disk of its workspace folder under the open documents
   * (unsaved text wins). Disk reads are cached until a watched-file event invalidates them.
   */
  private directoryFor(folderUri: string, config: PreflightConfig): DirectoryReader {
    let disk = this.diskReaders.get(folderUri);
    if (!disk) {
      disk = new DiskDirectoryReader(fsPath(folderUri), config.maxFileBytes);
      // Without file events from the client nothing would tell the cache a file changed: read afresh each scan.
      if (this.watchFilesDynamically) this.diskReaders.set(folderUri, disk);
    }
    const openInFolder = () => this.documents.all().map((entry) => locate(entry.document.uri, this.folders)).filter((match) => match.folderUri === folderUri);
    return new OverlayDirectoryReader(
      disk,
      (path) => this.documents.get(childUri(folderUri, path))?.document.getText(),
      () => openInFolder().map((match) => match.relativePath),
    );
  }

  /** Re-scans the open documents whose scan reads the changed file (the other files of a Terraform module). */
  private rescanSiblings(uri: string): void {
    if (!this.engine) return;
    const changed = locate(uri, this.folders);
    const changedName = changed.relativePath.slice(changed.relativePath.lastIndexOf('/') + 1);
    for (const entry of this.documents.all()) {
      if (entry.document.uri === uri) continue;
      const other = locate(entry.document.uri, this.folders);
      if (other.folderUri !== changed.folderUri || directoryOf(other.relativePath) !== directoryOf(changed.relativePath)) continue;
      const source = Engine.source(other.relativePath, '', entry.document.languageId);
      if (this.engine.readsSibling(source, changedName)) this.schedule(entry.document.uri, SIBLING_RESCAN_DELAY_MS, undefined, true);
    }
  }

  private rescanOpenDocuments(): void {
    for (const entry of this.documents.all()) this.schedule(entry.document.uri, 0);
  }

  // ---- scanning -----------------------------------------------------------------------------

  /**
   * Cancels stale work for the document and scans it after `delayMs`; `then` runs after a scan that completed.
   * `keepExternal`: the document itself did not change (a sibling did), so a running external tool's result stays valid.
   */
  private schedule(uri: string, delayMs: number, then?: () => Promise<void>, keepExternal = false): void {
    this.cancel(uri, keepExternal);
    const state = this.pending.get(uri) ?? {};
    this.pending.set(uri, state);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.running = this.scanDocument(uri)
        .then(() => then?.())
        .catch((error) => this.connection.console.error(`Preflight: scan of ${uri} failed: ${(error as Error).stack}`));
    }, delayMs);
  }

  private cancel(uri: string, keepExternal = false): void {
    const state = this.pending.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.controller?.abort();
    state.controller = undefined;
    if (keepExternal) return;
    state.external?.abort();
    state.external = undefined;
  }

  private async scanDocument(uri: string): Promise<void> {
    await this.ready;
    const entry = this.documents.get(uri);
    const state = this.pending.get(uri);
    if (!entry || !state) return;
    const controller = new AbortController();
    state.controller = controller;
    const version = entry.document.version;
    const { folderUri, relativePath } = locate(uri, this.folders);
    const settings = await this.settings(uri);
    const { config } = await this.configFor(folderUri);
    const stale = () => controller.signal.aborted || this.documents.get(uri)?.document.version !== version;
    if (stale()) return;
    if (!settings.enable || this.engine.isExcluded(relativePath, config)) {
      this.results.delete(uri);
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const source = Engine.source(relativePath, entry.document.getText(), entry.document.languageId);
    const parsed = this.engine.parse(source, entry.tree);
    this.documents.setTree(uri, parsed.tree);
    const result = this.engine.scanParsed(parsed, { config, signal: controller.signal, directory: this.directoryFor(folderUri, config), incremental: true });
    if (stale()) return;
    this.results.set(uri, { version, folderUri, relativePath, config, findings: result.findings, notices: result.notices });
    await this.connection.sendDiagnostics({ uri, version, diagnostics: this.diagnosticsFor(uri) });
    this.notifyVerdicts();
  }

  private diagnosticsFor(uri: string): Diagnostic[] {
    const result = this.results.get(uri);
    if (!result) return [];
    return [
      ...result.findings.map((finding) => this.diagnostic(finding, result.config, result.folderUri)),
      ...result.notices.map(noticeDiagnostic),
    ];
  }

  private diagnostic(finding: Finding, config: PreflightConfig, folderUri: string): Diagnostic {
    const gate = config.gates.find((candidate) => candidate.name === finding.gate);
    return toDiagnostic(finding, gate, this.engine.rules.get(finding.ruleId), folderUri);
  }

  private async pullDiagnostic(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    await this.ready;
    const entry = this.documents.get(uri);
    const state = this.pending.get(uri);
    // Answer with the current version: finish a scan that is waiting or running first.
    if (entry && this.results.get(uri)?.version !== entry.document.version && !token.isCancellationRequested) {
      if (state?.timer) {
        clearTimeout(state.timer);
        state.timer = undefined;
        state.running = this.scanDocument(uri);
      }
      await state?.running;
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: this.diagnosticsFor(uri) };
  }

  // ---- external tools ---------------------------------------------------------------------------

  /** Which external tools may run for a folder: only in a trusted workspace, from settings or PATH. */
  private async externalTools(folderUri: string): Promise<ExternalTools> {
    const settings = await this.settings(folderUri);
    let gitleaks: string | undefined;
    let gitleaksMissing: string | undefined;
    if (!this.workspaceTrusted) gitleaksMissing = 'was not run: the workspace is not trusted';
    else if (!settings.gitleaks.enable) gitleaksMissing = 'is turned off (preflight.gitleaks.enable)';
    else {
      gitleaks = resolveBinary('gitleaks', settings.gitleaks.path);
      if (!gitleaks) gitleaksMissing = settings.gitleaks.path ? `was not found at ${settings.gitleaks.path} (preflight.gitleaks.path)` : 'was not found on PATH';
    }
    if (gitleaksMissing && !this.reportedMissing.has(gitleaksMissing)) {
      this.reportedMissing.add(gitleaksMissing);
      this.connection.console.info(`Preflight: gitleaks ${gitleaksMissing}; the built-in secrets rules run alone.`);
    }
    let checkov: string | undefined;
    let checkovMissing: string | undefined;
    if (!this.workspaceTrusted) checkovMissing = 'was not run: the workspace is not trusted';
    else if (!settings.checkov.enable) checkovMissing = 'is turned off (preflight.checkov.enable)';
    else {
      checkov = resolveBinary('checkov', settings.checkov.path);
      if (!checkov) checkovMissing = settings.checkov.path ? `was not found at ${settings.checkov.path} (preflight.checkov.path)` : 'was not found on PATH';
    }
    if (checkovMissing && !this.reportedMissing.has(`checkov ${checkovMissing}`)) {
      this.reportedMissing.add(`checkov ${checkovMissing}`);
      this.connection.console.info(`Preflight: Checkov ${checkovMissing}; the built-in IaC checks run alone.`);
    }
    // Dependency audits contact vulnerability services: only when the user opted in on this machine.
    const deps = this.workspaceTrusted && settings.depsAudit.enable ? { osvScanner: resolveBinary('osv-scanner'), npm: resolveBinary('npm'), pipAudit: resolveBinary('pip-audit') } : undefined;
    return { gitleaks, gitleaksMissing, checkov, checkovMissing, deps };
  }

  /**
   * After a save, the installed gitleaks (and Checkov, for files the iac scanner reads) check the
   * saved file too; their findings merge into the diagnostics.
   */
  private async runExternalOnSave(uri: string): Promise<void> {
    const result = this.results.get(uri);
    const entry = this.documents.get(uri);
    if (!result || !entry) return;
    const secretsGate = result.config.gates.find((gate) => gate.scanners.includes('secrets'));
    const iacGate = result.config.gates.find((gate) => gate.scanners.includes('iac'));
    // Checkov ignores skip-path with -f; the pipeline's `checkov -d` would not read a skipped path at all.
    const checkovSkips = result.config.checkov !== undefined && pathSkipped(result.config.checkov, result.relativePath);
    const iacFile = !checkovSkips && this.engine.appliesTo('iac', Engine.source(result.relativePath, entry.document.getText(), entry.document.languageId));
    if (!secretsGate && !(iacGate && iacFile)) return;
    const tools = await this.externalTools(result.folderUri);
    if (!tools.gitleaks && !(tools.checkov && iacFile)) return;
    const controller = new AbortController();
    const state = this.pending.get(uri);
    if (state) state.external = controller;
    const root = fsPath(result.folderUri);
    const run = { root, target: result.relativePath, config: result.config, signal: controller.signal };
    const [secrets, iac] = await Promise.all([
      secretsGate && tools.gitleaks ? runGitleaks({ binary: tools.gitleaks, ...run }) : undefined,
      iacGate && iacFile && tools.checkov ? runCheckov({ binary: tools.checkov, ...run }) : undefined,
    ]);
    const current = this.results.get(uri);
    if (controller.signal.aborted || current !== result || entry.document.version !== result.version) return;
    let findings = result.findings;
    const notices = [...result.notices];
    if (secrets && secretsGate) {
      findings = mergeGitleaks(findings, secrets.findings.filter((secret) => secret.file === result.relativePath), secretsGate.name, secrets.version);
      notices.push(...secrets.notices.filter((notice) => notice.level === 'error').map((notice) => ({ ...notice, file: result.relativePath })));
    }
    if (iac && iacGate) {
      // Checkov reads the file from disk: after a save it is the text this scan saw.
      findings = mergeCheckov(findings, iac.findings.filter((check) => check.file === result.relativePath), {
        gate: iacGate.name,
        version: iac.version,
        config: result.config,
        root,
        severityOf: (id) => this.engine.rules.get(id)?.severity,
      });
      notices.push(...iac.notices.filter((notice) => notice.level === 'error').map((notice) => ({ ...notice, file: result.relativePath })));
    }
    current.findings = applyBaseline(findings, result.config.baseline);
    current.notices = notices;
    await this.connection.sendDiagnostics({ uri, version: result.version, diagnostics: this.diagnosticsFor(uri) });
    this.notifyVerdicts();
  }

  // ---- configuration --------------------------------------------------------------------------

  private settings(uri: string): Promise<PreflightSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let cached = this.settingsCache.get(uri);
    if (!cached) {
      cached = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'preflight' })
        .then(sanitiseSettings, () => DEFAULT_SETTINGS);
      this.settingsCache.set(uri, cached);
    }
    return cached;
  }

  private configFor(folderUri: string): Promise<FolderConfig> {
    let cached = this.configs.get(folderUri);
    if (!cached) {
      cached = this.loadFolderConfig(folderUri);
      this.configs.set(folderUri, cached);
    }
    return cached;
  }

  private async loadFolderConfig(folderUri: string): Promise<FolderConfig> {
    try {
      const config = await loadConfig(fsPath(folderUri));
      const problems = new Map<string, Diagnostic[]>();
      for (const { error } of config.problems) problems.set(error.file, [...(problems.get(error.file) ?? []), configDiagnostic(error, 'its gate reports error')]);
      // Pipeline files Preflight could not read: the same words a gate run shows on them.
      for (const notice of problemNotices(config)) {
        if (notice.level === 'warning' && notice.file) problems.set(notice.file, [...(problems.get(notice.file) ?? []), noticeDiagnostic(notice)]);
      }
      const toolFiles = [config.gitleaksConfigPath, ...(config.checkovConfigPath ? [config.checkovConfigPath] : CHECKOV_CONFIG_FILE_NAMES)];
      for (const name of new Set([...CONFIG_FILE_NAMES, ...toolFiles, ...(config.discovery?.sources ?? []), ...problems.keys()])) {
        void this.connection.sendDiagnostics({ uri: childUri(folderUri, name), diagnostics: problems.get(name) ?? [] });
      }
      for (const { error } of config.problems) this.connection.window.showWarningMessage(`Preflight: ${error.message}. Its gate reports error until it is fixed.`);
      return { config };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      void this.connection.sendDiagnostics({ uri: childUri(folderUri, error.file), diagnostics: [configDiagnostic(error)] });
      this.connection.window.showWarningMessage(`Preflight: ${error.message}. Every gate reports error until it is fixed.`);
      return { config: defaultConfig(), error };
    }
  }

  private async reloadConfig(folderUri: string): Promise<void> {
    this.configs.delete(folderUri);
    await this.configFor(folderUri);
    this.rescanOpenDocuments();
  }

  /** While a config file is edited, show its errors before it is saved. */
  private publishConfigDiagnostics(uri: string): void {
    const entry = this.documents.get(uri);
    if (!entry) return;
    const name = decodeURIComponent(uri.split('/').pop() ?? 'preflight.yml');
    const checkov = CHECKOV_CONFIG_FILE_NAMES.includes(name);
    if (!CONFIG_FILE_NAMES.includes(name) && !checkov) return;
    try {
      if (checkov) parseCheckovConfig(entry.document.getText(), name);
      else parseConfig(entry.document.getText(), name);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    } catch (error) {
      if (error instanceof ConfigError) {
        void this.connection.sendDiagnostics({ uri, diagnostics: [configDiagnostic(error, checkov ? 'the iac gate reports error' : undefined)] });
      }
    }
  }

  // ---- code actions and hover -----------------------------------------------------------------

  private codeActions(params: CodeActionParams): CodeAction[] {
    const result = this.results.get(params.textDocument.uri) ?? this.runResult(params.textDocument.uri);
    if (!result) return [];
    if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const fingerprint = (diagnostic.data as DiagnosticData | undefined)?.fingerprint;
      const finding = result.findings.find((candidate) => candidate.fingerprint === fingerprint);
      if (!finding) continue;
      actions.push(...toCodeActions(finding, diagnostic, params.textDocument.uri, (append) => this.appendLineEdit(result.folderUri, append)));
      if (this.offerBaselineAction && !finding.suppressed) {
        actions.push({
          title: `Accept ${finding.ruleId} into the baseline…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Accept into baseline', command: ACCEPT_INTO_BASELINE_COMMAND, arguments: [{ uri: params.textDocument.uri, fingerprint: finding.fingerprint }] },
        });
      }
    }
    return actions;
  }

  /** Adds a finding of an open document to `.preflight/baseline.json`, then re-evaluates with it. */
  private async acceptIntoBaseline(params: AcceptIntoBaselineParams): Promise<AcceptIntoBaselineResult> {
    const reason = params.reason?.trim();
    if (!reason) throw new ResponseError(ErrorCodes.InvalidParams, 'a reason is required to accept a finding into the baseline');
    const result = this.results.get(params.uri) ?? this.runResult(params.uri);
    const finding = result?.findings.find((candidate) => candidate.fingerprint === params.fingerprint);
    if (!result || !finding) throw new ResponseError(ErrorCodes.InvalidParams, 'that finding is no longer reported; save the file and try again');
    const file = join(fsPath(result.folderUri), BASELINE_FILE);
    const entries = new Map(result.config.baseline ?? []);
    entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file, reason });
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderBaseline(entries.values()));
    await this.reloadConfig(result.folderUri);
    return { file, entries: entries.size };
  }

  // ---- "Generate SBOM" ---------------------------------------------------------------------------

  private async generateSbom(params: GenerateSbomParams): Promise<GenerateSbomResult> {
    // The folder as the server knows it, however the client spelled its URI (drive letter, escapes).
    const match = params.folderUri ? locate(childUri(params.folderUri, 'x'), this.folders) : undefined;
    const folderUri = match ? (match.relativePath === 'x' && this.folders.includes(match.folderUri) ? match.folderUri : undefined) : this.folders.length === 1 ? this.folders[0] : undefined;
    if (!folderUri) {
      throw new ResponseError(ErrorCodes.InvalidParams, `name one of the workspace folders (${this.folders.join(', ') || 'none open'})`);
    }
    const { config, error } = await this.configFor(folderUri);
    // Its exclusions decide which lock files count; guessing them would change the inventory.
    if (error) throw new ResponseError(ErrorCodes.InvalidRequest, `SBOM not generated: invalid configuration: ${error.message}`);
    try {
      const result = await workspaceSbom(fsPath(folderUri), config, { toolVersion: version, includeDev: params.includeDev === true, timestamp: timestampFromEnvironment() });
      if (!result) throw new ResponseError(ErrorCodes.InvalidRequest, `SBOM not generated: no lock file in this folder (looked for ${LOCKFILE_NAMES.join(', ')}, outside excluded paths)`);
      return { folderUri, text: result.text, summary: sbomSummary(result), lockfiles: result.lockfiles };
    } catch (failure) {
      if (failure instanceof ResponseError) throw failure;
      const data = failure instanceof LockfileError ? { file: failure.file, line: failure.line } : undefined;
      throw new ResponseError(ErrorCodes.InvalidRequest, `SBOM not generated: ${(failure as Error).message}`, data);
    }
  }

  /** Appends a line to a workspace file (creating it when missing), from the open document or the disk. */
  private appendLineEdit(folderUri: string, append: { file: string; line: string }): WorkspaceEdit | undefined {
    const uri = childUri(folderUri, append.file);
    const open = this.documents.get(uri)?.document;
    let text: string | undefined = open?.getText();
    if (text === undefined) {
      try {
        text = readFileSync(fsPath(uri), 'utf8');
      } catch {
        text = undefined;
      }
    }
    if (text === undefined) {
      const start = { line: 0, character: 0 };
      return {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: `${append.line}\n` }] },
        ],
      };
    }
    if (text.split(/\r?\n/).includes(append.line)) return undefined;
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const newText = `${text.length > 0 && !text.endsWith('\n') ? eol : ''}${append.line}${eol}`;
    return { documentChanges: [{ textDocument: { uri, version: open?.version ?? null }, edits: [{ range: { start: end, end }, newText }] }] };
  }

  private hover(params: HoverParams): Hover | null {
    const result = this.results.get(params.textDocument.uri);
    if (!result) return null;
    const { line, character } = params.position;
    const finding = result.findings.find(
      ({ range }) =>
        (range.start.line < line || (range.start.line === line && range.start.character <= character)) &&
        (range.end.line > line || (range.end.line === line && range.end.character >= character)),
    );
    if (!finding) return null;
    const gate = result.config.gates.find((candidate) => candidate.name === finding.gate);
    return { contents: hoverMarkdown(finding, this.engine.rules.get(finding.ruleId), gate), range: finding.range };
  }

  // ---- "Run Pipeline Gates Locally" -----------------------------------------------------------

  private async runGates(params: RunGatesParams, token: CancellationToken): Promise<RunGatesResult> {
    await this.ready;
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    const progress = this.connection.window.attachWorkDoneProgress(params.workDoneToken);
    progress.begin('Preflight: running pipeline gates', 0, 'reading the gate configuration…', true);
    let lastProgress = 0;
    const report = (percentage: number, message: string, force = false) => {
      if (!force && Date.now() - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = Date.now();
      progress.report(Math.floor(percentage), message);
    };
    try {
      const textReports: string[] = [];
      const reports: FolderReport[] = [];
      const runs = new Map<string, WorkspaceRun>();
      let filesScanned = 0;
      for (const [index, folderUri] of this.folders.entries()) {
        const folderConfig = await this.configFor(folderUri);
        const { gates } = folderConfig.config;
        const root = fsPath(folderUri);
        const external = await this.externalTools(folderUri);
        // Each folder gets an equal share of the bar; inside it the files, then gitleaks, then the verdicts.
        const share = 100 / this.folders.length;
        const prefix = this.folders.length > 1 ? `${basename(root)}: ` : '';
        const step = (fraction: number, message: string, force = false) => report(index * share + fraction * share, prefix + message, force);
        const gateNames = gates.map((gate) => gate.name).join(', ') || 'no gates';
        const secretsGate = gates.find((gate) => gate.scanners.includes('secrets'));
        const runsGitleaks = Boolean(external.gitleaks && secretsGate);
        const filesShare = runsGitleaks ? 0.8 : 0.95;
        step(0, `${gateNames}: listing files…`, true);
        const scan = await scanWorkspace(this.engine, root, {
          config: folderConfig.config,
          signal: controller.signal,
          external,
          // Closed files' diagnostics from this run offer their quick fixes too.
          fixes: true,
          onProgress: (done, total) => {
            step((done / Math.max(total, 1)) * filesShare, `${gateNames}: ${done}/${total} files`, done === total);
            // scanWorkspace starts gitleaks right after the last file.
            if (done === total && runsGitleaks) step(filesShare, `${secretsGate!.name}: running gitleaks…`, true);
          },
        });
        if (controller.signal.aborted) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Run Pipeline Gates Locally was cancelled');
        step(0.95, 'evaluating gates…', true);
        const notices = folderConfig.error ? [configNotice(folderConfig.error), ...scan.notices] : scan.notices;
        const verdicts = folderConfig.error ? evaluateGates(gates, scan.findings, notices) : scan.verdicts;
        const byFile = new Map<string, Finding[]>();
        for (const finding of scan.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
        runs.set(folderUri, { config: folderConfig, findings: byFile, notices, filesScanned: scan.filesScanned });
        filesScanned += scan.filesScanned;
        const folderReport: GatesReport = { root, gates, verdicts, findings: scan.findings, notices, filesScanned: scan.filesScanned, rules: this.engine.rules, toolVersion: version };
        textReports.push(renderText(folderReport));
        reports.push({ folderUri, json: renderJson(folderReport) });
      }
      report(100, 'publishing diagnostics…', true);
      this.runs.clear();
      for (const [folderUri, run] of runs) this.runs.set(folderUri, run);
      await this.publishRunDiagnostics();
      const { overall, verdicts } = this.currentVerdicts(false);
      // After the response: the client shows the run's report first, then the live one (always sent after a run).
      this.lastSentReports = undefined;
      this.notifyVerdicts();
      const allNotices = [...runs.values()].flatMap((run) => run.notices);
      const findings = [...runs.values()].reduce((sum, run) => sum + [...run.findings.values()].reduce((n, list) => n + list.length, 0), 0);
      return { overall, verdicts, report: textReports.join('\n'), reports, filesScanned, findings, notices: allNotices };
    } finally {
      subscription.dispose();
      progress.done();
    }
  }

  /** Diagnostics for files that are not open come from the last run; open files show their live scan. */
  private async publishRunDiagnostics(): Promise<void> {
    const stillPublished = new Set<string>();
    for (const [folderUri, run] of this.runs) {
      const noticesByFile = new Map<string, ScanNotice[]>();
      for (const notice of run.notices) if (notice.file) noticesByFile.set(notice.file, [...(noticesByFile.get(notice.file) ?? []), notice]);
      const files = new Set([...run.findings.keys(), ...noticesByFile.keys()]);
      for (const file of files) {
        const uri = childUri(folderUri, file);
        if (this.documents.get(uri)) continue;
        const diagnostics = [
          ...(run.findings.get(file) ?? []).map((finding) => this.diagnostic(finding, run.config.config, folderUri)),
          ...(noticesByFile.get(file) ?? []).map(noticeDiagnostic),
        ];
        stillPublished.add(uri);
        await this.connection.sendDiagnostics({ uri, diagnostics });
      }
    }
    for (const uri of this.publishedFromRun) if (!stillPublished.has(uri) && !this.documents.get(uri)) await this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.publishedFromRun.clear();
    for (const uri of stillPublished) this.publishedFromRun.add(uri);
  }

  private runResult(uri: string): DocumentResult | undefined {
    const { folderUri, relativePath } = locate(uri, this.folders);
    const run = this.runs.get(folderUri);
    const findings = run?.findings.get(relativePath);
    if (!run || !findings) return undefined;
    return { version: -1, folderUri, relativePath, config: run.config.config, findings, notices: [] };
  }

  /** Per folder, the last run's report with open documents' live findings in place of what was on disk. */
  private liveReports(): Array<{ folderUri: string; report: GatesReport }> {
    return [...this.runs].map(([folderUri, run]) => {
      const findings = new Map(run.findings);
      for (const result of this.results.values()) if (result.folderUri === folderUri) findings.set(result.relativePath, result.findings);
      const { gates } = run.config.config;
      const all = [...findings.values()].flat();
      const report: GatesReport = {
        root: fsPath(folderUri),
        gates,
        verdicts: evaluateGates(gates, all, run.notices),
        findings: all,
        notices: run.notices,
        filesScanned: run.filesScanned,
        rules: this.engine.rules,
        toolVersion: version,
      };
      return { folderUri, report };
    });
  }

  /** Verdicts of the last run, with open documents' live findings; with `withReports`, each folder's JSON report too. */
  private currentVerdicts(withReports: boolean): VerdictsParams {
    const live = this.liveReports();
    const prefixed = (folderUri: string, verdict: GateVerdict) => (live.length > 1 ? { ...verdict, gate: `${folderUri.split('/').pop()}/${verdict.gate}` } : verdict);
    const verdicts = live.flatMap(({ folderUri, report }) => report.verdicts.map((verdict) => prefixed(folderUri, verdict)));
    const params: VerdictsParams = { overall: overallStatus(verdicts), verdicts };
    if (withReports) params.reports = live.map(({ folderUri, report }) => ({ folderUri, json: renderJson(report) }));
    return params;
  }

  /** Tells the client the current verdicts and reports, gathering the calls of a short while into one message. */
  private notifyVerdicts(): void {
    if (this.runs.size === 0 || this.verdictsTimer) return;
    this.verdictsTimer = setTimeout(() => {
      this.verdictsTimer = undefined;
      if (this.runs.size === 0) return;
      const params = this.currentVerdicts(this.liveReportsWanted);
      const key = params.reports?.map((report) => report.json).join('\0');
      if (key !== undefined && key === this.lastSentReports) delete params.reports;
      else this.lastSentReports = key;
      void this.connection.sendNotification(VERDICTS_NOTIFICATION, params);
    }, VERDICTS_DELAY_MS);
  }
}

/** Files whose change reloads the folder's configuration: ours, the pipeline's, and the tools' it honours. */
function isConfigFile(uri: string): boolean {
  const segments = decodeURIComponent(uri).split('/');
  const name = segments.at(-1) ?? '';
  // Pipeline definitions decide the gates when there is no preflight.yml.
  const pipeline = isPipelineDefinition(name) || isPipelineDefinition(segments.slice(-3).join('/'));
  if (segments.slice(-2).join('/') === BASELINE_FILE) return true;
  return pipeline || CONFIG_FILE_NAMES.includes(name) || CHECKOV_CONFIG_FILE_NAMES.includes(name) || name === '.gitleaks.toml' || name === '.gitleaksignore';
}

function configRange(error: ConfigError) {
  const position = { line: Math.max(error.line - 1, 0), character: Math.max(error.column - 1, 0) };
  return { start: position, end: { line: position.line, character: position.character + 1 } };
}

function configDiagnostic(error: ConfigError, consequence = 'every gate reports error'): Diagnostic {
  return {
    range: configRange(error),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `${error.message.replace(/^.*?:\d+:\d+: /, '')} — ${consequence} until this is fixed`,
  };
}

function configNotice(error: ConfigError): ScanNotice {
  return { level: 'error', file: error.file, range: configRange(error), message: `invalid configuration: ${error.message}` };
}

function noticeDiagnostic(notice: ScanNotice): Diagnostic {
  const start = notice.range?.start ?? { line: 0, character: 0 };
  return {
    range: notice.range ?? { start, end: start },
    severity: notice.level === 'error' ? DiagnosticSeverity.Error : notice.level === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: SOURCE,
    message: notice.message,
  };
}
