/**
 * "Preflight: Open Gate Report": a webview with the gate table and a bar chart of findings by
 * severity. Its HTML is fixed (no data in it); the script and stylesheet come from media/ under a
 * strict Content-Security-Policy, and the data arrives by postMessage.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReportViewData } from './data';

/** Messages the webview's script sends to the extension. */
type FromWebview = { type: 'ready' } | { type: 'runGates' };
/** What the extension sends to the webview's script. */
export interface ToWebview {
  type: 'report';
  data: ReportViewData;
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Opens (or brings forward) the report, showing `data()` now and after each `refresh`. */
  static show(extensionUri: vscode.Uri, data: () => ReportViewData): ReportPanel {
    if (ReportPanel.current) {
      ReportPanel.current.panel.reveal();
      ReportPanel.current.post();
      return ReportPanel.current;
    }
    const panel = vscode.window.createWebviewPanel('preflight.report', 'Preflight: Gate Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      // Only the media folder: the report needs nothing else from disk.
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    });
    ReportPanel.current = new ReportPanel(panel, extensionUri, data);
    return ReportPanel.current;
  }

  /** Sends fresh data to an open report (no-op when none is open). */
  static refresh(): void {
    ReportPanel.current?.post();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly data: () => ReportViewData,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'gates.svg');
    panel.webview.html = reportHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // The script asks once it is listening (also after the panel was hidden and shown again).
      panel.webview.onDidReceiveMessage((message: FromWebview) => {
        if (message?.type === 'ready') this.post();
        else if (message?.type === 'runGates') void vscode.commands.executeCommand('preflight.runGates');
      }),
    );
  }

  private post(): void {
    const message: ToWebview = { type: 'report', data: this.data() };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

/** The fixed page: no data, no inline script or style; the nonce changes on every load. */
export function reportHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)).toString();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${media('report.css')}">
  <title>Preflight: Gate Report</title>
</head>
<body>
  <header>
    <h1>Pipeline gates: <span id="overall" class="verdict">…</span></h1>
    <p id="subtitle"></p>
    <button id="run" type="button">Run Pipeline Gates Locally</button>
  </header>
  <main>
    <p id="empty" hidden>No gate run yet in this window.</p>
    <table id="gate-table" aria-label="Gate verdicts">
      <thead><tr><th>Stage</th><th>Gate</th><th>Origin</th><th>Mode</th><th>Fail on</th><th>Verdict</th><th>Findings</th><th>Suppressed</th><th>Reason</th></tr></thead>
      <tbody></tbody>
    </table>
    <h2>Findings by severity</h2>
    <div id="chart" role="img" aria-label="Findings by severity per gate"></div>
    <h2 id="notices-title" hidden>Notices</h2>
    <ul id="notices"></ul>
  </main>
  <script nonce="${nonce}" src="${media('report.js')}"></script>
</body>
</html>`;
}
