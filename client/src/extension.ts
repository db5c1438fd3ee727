/**
 * The VS Code side of Preflight: starts the language server over IPC, registers commands, the
 * Pipeline Gates view, the gate report and the status-bar verdict. It never scans: every finding
 * and verdict comes from the server, as the report `preflight gates --format json` prints.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, WorkDoneProgress, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ACCEPT_INTO_BASELINE_COMMAND,
  ACCEPT_INTO_BASELINE_REQUEST,
  GENERATE_SBOM_REQUEST,
  type GenerateSbomResult,
  RUN_GATES_REQUEST,
  type AcceptIntoBaselineResult,
  type FolderReport,
  VERDICTS_NOTIFICATION,
  type PreflightInitializationOptions,
  type RunGatesResult,
  type VerdictsParams,
} from '../../server/src/shared/protocol';
import { RESTART_SETTINGS } from '../../server/src/shared/settings';
import { parseReports, type OpenTarget, type ParsedReport, type ViewNode } from './gates/model';
import { GATES_VIEW_ID, GatesView, openTarget } from './gates/view';
import { shapeReport } from './report/data';
import { ReportPanel } from './report/panel';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let output: vscode.LogOutputChannel;
let statusBar: vscode.StatusBarItem;
let gatesView: GatesView;

/** The reports the view and the report show: the last run's, then the server's live updates of it. */
const shown: { reports: ParsedReport[]; run: FolderReport[]; ranAt?: Date; live: boolean } = { reports: [], run: [], live: false };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Preflight', { log: true });
  statusBar = vscode.window.createStatusBarItem('preflight.verdict', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'Preflight gates';
  statusBar.command = 'preflight.showGates';
  showVerdict(undefined);
  statusBar.show();
  gatesView = new GatesView(context.workspaceState);
  context.subscriptions.push(output, statusBar, gatesView);

  // Commands exist from activation, whether or not the server is up; they explain themselves.
  context.subscriptions.push(
    vscode.commands.registerCommand('preflight.runGates', () => runGates()),
    vscode.commands.registerCommand('preflight.showGates', () => vscode.commands.executeCommand(`${GATES_VIEW_ID}.focus`)),
    vscode.commands.registerCommand('preflight.openReport', () => ReportPanel.show(context.extensionUri, reportData)),
    vscode.commands.registerCommand('preflight.gates.filterSeverity', () => gatesView.chooseMinimumSeverity()),
    vscode.commands.registerCommand('preflight.gates.showNewOnly', () => gatesView.setNewOnly(true)),
    vscode.commands.registerCommand('preflight.gates.showAllFindings', () => gatesView.setNewOnly(false)),
    vscode.commands.registerCommand('preflight.gates.openOrigin', (node: ViewNode) => node?.open && openTarget(node.open)),
    // Literal (not OPEN_LOCATION_COMMAND) so test/manifest.test.ts sees it registered.
    vscode.commands.registerCommand('preflight.openLocation', (target: OpenTarget) => openTarget(target)),
    vscode.commands.registerCommand('preflight.restartServer', () => restart(context)),
    vscode.commands.registerCommand('preflight.showOutput', () => output.show()),
    vscode.commands.registerCommand('preflight.generateSbom', () => generateSbom()),
    vscode.commands.registerCommand(ACCEPT_INTO_BASELINE_COMMAND, (target: { uri: string; fingerprint: string }) => acceptIntoBaseline(target)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) void restart(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: PreflightInitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    // VS Code shows pushed diagnostics; answering pulls as well would list each finding twice.
    pullDiagnostics: false,
    acceptIntoBaseline: true,
    // The Pipeline Gates view and the report follow edits between runs.
    liveReports: true,
  };
  const clientOptions: LanguageClientOptions = {
    // Secrets can be in any text file; the server decides what each scanner reads.
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    synchronize: { configurationSection: 'preflight' },
    initializationOptions,
    outputChannel: output,
  };
  return new LanguageClient('preflight', 'Preflight', serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const next = createClient(context);
  client = next;
  starting = (async () => {
    try {
      await next.start();
      context.subscriptions.push(
        next.onNotification(VERDICTS_NOTIFICATION, (params: VerdictsParams) => {
          showVerdict(params);
          if (params.reports) showReports(params.reports, 'live');
        }),
      );
    } catch (error) {
      output.appendLine(`Preflight: the language server did not start: ${(error as Error).message}`);
      void vscode.window.showErrorMessage('Preflight: the language server did not start. See Output → Preflight; "Preflight: Restart Language Server" retries.');
    }
  })();
  await starting;
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const previous = client;
  client = undefined;
  try {
    await previous?.stop();
  } catch (error) {
    output.appendLine(`Preflight: stopping the old server failed: ${(error as Error).message}`);
  }
  showVerdict(undefined);
  shown.run = [];
  showReports([], 'run');
  await start(context);
}

async function runGates(): Promise<void> {
  await starting;
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage('Preflight: the language server is not running. Run "Preflight: Restart Language Server" and check Output → Preflight.');
    return;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Preflight: open a folder to run its pipeline gates.');
    return;
  }
  const running = client;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Preflight: running pipeline gates', cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let last = 0;
      const listener = running.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? last;
        progress.report({ message: value.message, increment: percentage - last });
        last = percentage;
      });
      try {
        return await running.sendRequest<RunGatesResult>(RUN_GATES_REQUEST, { workDoneToken }, token);
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      } finally {
        listener.dispose();
      }
    },
  );
  if (!result) {
    output.appendLine('Preflight: the gate run was cancelled.');
    return;
  }
  output.appendLine(result.report);
  showVerdict(result);
  shown.ranAt = new Date();
  shown.run = result.reports;
  showReports(result.reports, 'run');
  // The view is where the result lives; bring it up unless it is already on screen.
  if (!gatesView.treeView.visible) await vscode.commands.executeCommand(`${GATES_VIEW_ID}.focus`);
  const failing = result.verdicts.filter((verdict) => verdict.status !== 'pass').map((verdict) => `${verdict.gate} ${verdict.status}`);
  const summary = `Preflight: gates ${result.overall.toUpperCase()}${failing.length ? ` (${failing.join(', ')})` : ''}; ${result.findings} finding(s) in ${result.filesScanned} files.`;
  const actions = result.overall === 'pass' ? ['Open Report'] : ['Open Report', 'Show Problems'];
  const choice = await (result.overall === 'pass' ? vscode.window.showInformationMessage(summary, ...actions) : vscode.window.showWarningMessage(summary, ...actions));
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (choice === 'Open Report') await vscode.commands.executeCommand('preflight.openReport');
}

/**
 * Shows reports in the view and the report: `run` ones are what the run read from disk (what the
 * CLI prints); `live` ones are the server's update of them with the open editors' findings.
 */
function showReports(reports: FolderReport[], source: 'run' | 'live'): void {
  try {
    shown.reports = parseReports(reports);
  } catch (error) {
    output.appendLine(`Preflight: could not read the gate report: ${(error as Error).message}`);
    shown.reports = [];
  }
  // A live update equal to the run changes nothing the person needs to know about.
  shown.live = source === 'live' && reports.some((report, index) => report.json !== shown.run[index]?.json);
  gatesView.update(shown.reports, dataSource());
  ReportPanel.refresh();
}

function dataSource(): string {
  if (!shown.ranAt) return 'No run yet.';
  const time = shown.ranAt.toLocaleTimeString();
  return shown.live ? `Last run at ${time}, updated with the findings of open editors since.` : `From the last run at ${time}.`;
}

function reportData() {
  return shapeReport(shown.reports, shown.reports.length ? dataSource() : 'Run the gates to fill this report.');
}

function showVerdict(verdicts: VerdictsParams | undefined): void {
  if (!verdicts) {
    statusBar.text = '$(shield) Preflight';
    statusBar.tooltip = 'Preflight: gates not run yet. Click to open the Pipeline Gates view.';
    statusBar.backgroundColor = undefined;
    return;
  }
  const icon = verdicts.overall === 'pass' ? '$(pass)' : verdicts.overall === 'fail' ? '$(error)' : '$(warning)';
  statusBar.text = `${icon} Gates: ${verdicts.overall}`;
  const tooltip = new vscode.MarkdownString('**Preflight pipeline gates**\n\n| gate | stage | verdict | reason |\n|---|---|---|---|\n');
  for (const verdict of verdicts.verdicts) tooltip.appendMarkdown(`| ${verdict.gate} | ${verdict.stage} | ${verdict.status} | ${verdict.reason} |\n`);
  tooltip.appendMarkdown('\nClick to open the Pipeline Gates view; [run the gates again](command:preflight.runGates).');
  tooltip.isTrusted = { enabledCommands: ['preflight.runGates'] };
  statusBar.tooltip = tooltip;
  statusBar.backgroundColor =
    verdicts.overall === 'pass' ? undefined : new vscode.ThemeColor(verdicts.overall === 'fail' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
}

/** The code action "Accept into baseline…": a reason is required, then the server writes the entry. */
async function acceptIntoBaseline(target: { uri: string; fingerprint: string }): Promise<void> {
  const reason = await vscode.window.showInputBox({
    title: 'Preflight: accept this finding into the baseline',
    prompt: 'Why is it accepted? The reason is stored in .preflight/baseline.json for reviewers.',
    placeHolder: 'e.g. test fixture, not deployed; tracked in SEC-123',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'A reason is required.'),
  });
  if (!reason?.trim() || !client?.isRunning()) return;
  try {
    const result = await client.sendRequest<AcceptIntoBaselineResult>(ACCEPT_INTO_BASELINE_REQUEST, { ...target, reason: reason.trim() });
    output.appendLine(`Preflight: accepted into ${result.file} (${result.entries} entries).`);
  } catch (error) {
    void vscode.window.showErrorMessage(`Preflight: could not accept the finding: ${(error as Error).message}`);
  }
}

/** "Preflight: Generate SBOM": the server builds the CycloneDX JSON from the lock files; the user picks where it goes. */
async function generateSbom(): Promise<void> {
  await starting;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!client?.isRunning() || folders.length === 0) {
    void vscode.window.showErrorMessage('Preflight: open a folder (and let the language server start) to generate its SBOM.');
    return;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'SBOM of which folder?' });
  if (!folder) return;
  const scope = await vscode.window.showQuickPick(
    [
      { label: 'Runtime packages', description: 'what ships (default)', includeDev: false },
      { label: 'Runtime and development packages', description: 'development-only ones get scope "excluded"', includeDev: true },
    ],
    { title: 'Preflight: Generate SBOM (CycloneDX 1.6)' },
  );
  if (!scope) return;
  let result: GenerateSbomResult;
  try {
    result = await client.sendRequest<GenerateSbomResult>(GENERATE_SBOM_REQUEST, { folderUri: folder.uri.toString(), includeDev: scope.includeDev });
  } catch (error) {
    void vscode.window.showErrorMessage(`Preflight: no SBOM written: ${(error as Error).message}`);
    return;
  }
  const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder.uri, 'sbom.cdx.json'), filters: { 'CycloneDX JSON': ['json'] }, title: 'Save the SBOM' });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  output.appendLine(`Preflight: SBOM written to ${target.fsPath}: ${result.summary}`);
  const choice = await vscode.window.showInformationMessage(`Preflight: SBOM saved (${result.summary}).`, 'Open');
  if (choice === 'Open') await vscode.window.showTextDocument(target);
}
