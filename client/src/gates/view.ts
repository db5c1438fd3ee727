/**
 * The Pipeline Gates tree view: the nodes of model.ts as TreeItems, the finding filter (kept per
 * workspace), and the message that says where the data comes from.
 */
import * as vscode from 'vscode';
import type { Severity } from '../../../server/src/shared/protocol';
import { buildTree, filterDescription, NO_FILTER, SEVERITY_ORDER, type FindingFilter, type OpenTarget, type ParsedReport, type ViewNode } from './model';

export const GATES_VIEW_ID = 'preflight.gates';
/** Context key: the "only new findings" filter is on (chooses which toggle the title bar shows). */
const NEW_ONLY_CONTEXT = 'preflight.gates.newOnly';
const FILTER_STATE_KEY = 'preflight.gates.filter';
/** The command a finding runs when clicked (internal: hidden from the command palette). */
export const OPEN_LOCATION_COMMAND = 'preflight.openLocation';

export class GatesView implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  readonly treeView: vscode.TreeView<ViewNode>;
  private readonly changed = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private reports: ParsedReport[] = [];
  private roots: ViewNode[] = [];
  private readonly parents = new Map<string, ViewNode>();
  private filter: FindingFilter;

  constructor(private readonly state: vscode.Memento) {
    this.filter = { ...NO_FILTER, ...state.get<FindingFilter>(FILTER_STATE_KEY) };
    this.treeView = vscode.window.createTreeView(GATES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.applyFilterState();
  }

  dispose(): void {
    this.treeView.dispose();
    this.changed.dispose();
  }

  /** New reports (a run, or the server's live update); `message` says where they come from. */
  update(reports: ParsedReport[], message: string | undefined): void {
    this.reports = reports;
    this.treeView.message = reports.length ? message : undefined;
    this.rebuild();
  }

  get hasReports(): boolean {
    return this.reports.length > 0;
  }

  /** The first node (for revealing the view without knowing its content). */
  get firstNode(): ViewNode | undefined {
    return this.roots[0];
  }

  async chooseMinimumSeverity(): Promise<void> {
    const items = SEVERITY_ORDER.map((severity) => ({
      label: severity,
      description: severity === 'info' ? 'show every finding' : `hide findings below ${severity}`,
      picked: severity === this.filter.minSeverity,
    }));
    const choice = await vscode.window.showQuickPick(items, { title: 'Preflight: show findings of at least this severity', placeHolder: `now: ${this.filter.minSeverity}` });
    if (choice) await this.setFilter({ ...this.filter, minSeverity: choice.label as Severity });
  }

  async setNewOnly(newOnly: boolean): Promise<void> {
    await this.setFilter({ ...this.filter, newOnly });
  }

  private async setFilter(filter: FindingFilter): Promise<void> {
    this.filter = filter;
    await this.state.update(FILTER_STATE_KEY, filter);
    this.applyFilterState();
    this.rebuild();
  }

  private applyFilterState(): void {
    this.treeView.description = filterDescription(this.filter) || undefined;
    void vscode.commands.executeCommand('setContext', NEW_ONLY_CONTEXT, this.filter.newOnly);
  }

  private rebuild(): void {
    this.roots = buildTree(this.reports, this.filter);
    this.parents.clear();
    const index = (node: ViewNode) => {
      for (const child of node.children) {
        this.parents.set(child.id, node);
        index(child);
      }
    };
    this.roots.forEach(index);
    const failing = this.reports.flatMap((parsed) => parsed.report.verdicts).filter((verdict) => verdict.status !== 'pass').length;
    this.treeView.badge = failing > 0 ? { value: failing, tooltip: `${failing} gate(s) failing or in error` } : undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const collapsible = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    item.contextValue = node.contextValue;
    if (node.kind === 'finding' && node.open) {
      item.command = { title: 'Open Finding', command: OPEN_LOCATION_COMMAND, arguments: [node.open] };
    }
    return item;
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return this.parents.get(node.id);
  }
}

/** The file a finding or gate origin is in. */
export function targetUri(target: OpenTarget): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.parse(target.folderUri), ...target.file.split('/'));
}

/** Opens the file at the target's range (1-based in the report, 0-based in VS Code). */
export async function openTarget(target: OpenTarget): Promise<void> {
  const range = new vscode.Range(target.startLine - 1, target.startColumn - 1, target.endLine - 1, target.endColumn - 1);
  await vscode.window.showTextDocument(targetUri(target), { selection: range, preview: false });
}
