/**
 * The VS Code side of Preflight: starts the language server over IPC, registers commands and
 * the status-bar verdict. It never scans: every finding comes from the server.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, WorkDoneProgress, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ACCEPT_INTO_BASELINE_COMMAND,
  ACCEPT_INTO_BASELINE_REQUEST,
  RUN_GATES_REQUEST,
  type AcceptIntoBaselineResult,
  VERDICTS_NOTIFICATION,
  type PreflightInitializationOptions,
  type RunGatesResult,
  type VerdictsParams,
} from '../../server/src/shared/protocol';
import { RESTART_SETTINGS } from '../../server/src/shared/settings';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let output: vscode.LogOutputChannel;
let statusBar: vscode.StatusBarItem;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Preflight', { log: true });
  statusBar = vscode.window.createStatusBarItem('preflight.verdict', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'Preflight gates';
  statusBar.command = 'preflight.runGates';
  showVerdict(undefined);
  statusBar.show();
  context.subscriptions.push(output, statusBar);

  // Commands exist from activation, whether or not the server is up; they explain themselves.
  context.subscriptions.push(
    vscode.commands.registerCommand('preflight.runGates', () => runGates()),
    vscode.commands.registerCommand('preflight.restartServer', () => restart(context)),
    vscode.commands.registerCommand('preflight.showOutput', () => output.show()),
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
      context.subscriptions.push(next.onNotification(VERDICTS_NOTIFICATION, (params: VerdictsParams) => showVerdict(params)));
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
  output.show(true);
  showVerdict(result);
  const failing = result.verdicts.filter((verdict) => verdict.status !== 'pass').map((verdict) => `${verdict.gate} ${verdict.status}`);
  const summary = `Preflight: gates ${result.overall.toUpperCase()}${failing.length ? ` (${failing.join(', ')})` : ''}; ${result.findings} finding(s) in ${result.filesScanned} files.`;
  const choice = await (result.overall === 'pass' ? vscode.window.showInformationMessage(summary) : vscode.window.showWarningMessage(summary, 'Show Problems'));
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}

function showVerdict(verdicts: VerdictsParams | undefined): void {
  if (!verdicts) {
    statusBar.text = '$(shield) Preflight';
    statusBar.tooltip = 'Preflight: gates not run yet. Click to run the pipeline gates locally.';
    statusBar.backgroundColor = undefined;
    return;
  }
  const icon = verdicts.overall === 'pass' ? '$(pass)' : verdicts.overall === 'fail' ? '$(error)' : '$(warning)';
  statusBar.text = `${icon} Gates: ${verdicts.overall}`;
  const tooltip = new vscode.MarkdownString('**Preflight pipeline gates**\n\n| gate | stage | verdict | reason |\n|---|---|---|---|\n');
  for (const verdict of verdicts.verdicts) tooltip.appendMarkdown(`| ${verdict.gate} | ${verdict.stage} | ${verdict.status} | ${verdict.reason} |\n`);
  tooltip.appendMarkdown('\nClick to run the gates again.');
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
