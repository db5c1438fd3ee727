/**
 * Drives VS Code's workbench in a browser the way a person does — keyboard shortcuts, the command
 * palette, the quick-fix menu — and reads back what the person sees: status-bar items, squiggles,
 * Problems rows, notifications and the Output channel. Every wait polls the DOM with a generous
 * deadline, because a loaded CI machine is slow, not wrong.
 */
import type { Page } from 'playwright-core';

export const TIMEOUT = 60_000;

/** Polls `probe` until it returns something truthy; fails with the last value and `what`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// ---- status bar -------------------------------------------------------------------------------

export interface StatusItem {
  id: string;
  text: string;
  label: string;
}

export async function statusBarItems(page: Page): Promise<StatusItem[]> {
  return page.$$eval('.statusbar-item', (elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => ({ id: element.id, text: (element as HTMLElement).innerText.trim(), label: element.getAttribute('aria-label') ?? '' })),
  );
}

/** The visible status-bar item whose text or accessible label matches. */
export async function waitForStatusItem(page: Page, pattern: RegExp, timeoutMs = TIMEOUT): Promise<StatusItem> {
  return waitFor(`a status-bar item matching ${pattern}`, async () => (await statusBarItems(page)).find((item) => pattern.test(item.text) || pattern.test(item.label)), timeoutMs);
}

// ---- the workbench ----------------------------------------------------------------------------

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: TIMEOUT });
  // The explorer shows the folder once the remote file system is connected.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: TIMEOUT });
}

async function waitForQuickInput(page: Page): Promise<void> {
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: TIMEOUT });
}

async function quickInputRows(page: Page): Promise<string[]> {
  return page.$$eval('.quick-input-widget .quick-input-list .monaco-list-row', (rows) => rows.map((row) => row.getAttribute('aria-label') ?? (row as HTMLElement).innerText));
}

/** F1, enter the command's title, wait until it is the first match, Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await waitForQuickInput(page);
  // One fill rather than keystrokes: a busy workbench can move focus mid-typing and the rest of the
  // title would land in the editor. The palette's own `>` prefix is part of the value.
  await page.locator('.quick-input-widget .quick-input-box input').fill(`>${title}`);
  await waitFor(`"${title}" in the command palette`, async () => {
    const [first] = await quickInputRows(page);
    return first?.includes(title);
  });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: TIMEOUT });
}

/** Ctrl+P, type the workspace-relative path, Enter; waits for the editor tab. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.split('/').pop()!;
  await page.keyboard.press('Control+P');
  await waitForQuickInput(page);
  await page.keyboard.type(relativePath);
  await waitFor(`${relativePath} in quick open`, async () => {
    const [first] = await quickInputRows(page);
    return first?.includes(name);
  });
  await page.keyboard.press('Enter');
  await waitFor(`the editor tab of ${relativePath}`, async () =>
    page.$eval('.tabs-container .tab.active', (tab) => tab.getAttribute('aria-label') ?? (tab as HTMLElement).innerText).then((label) => label.includes(name)),
  );
  // Keys typed next go to the editor only once it has the focus.
  await page.waitForSelector('.editor-group-container.active .monaco-editor.focused .view-lines', { timeout: TIMEOUT });
}

/** Ctrl+G and `line:column` (1-based, as the person reads them in the Problems panel). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await waitForQuickInput(page);
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: TIMEOUT });
  await waitFor(`the cursor at Ln ${line}, Col ${column}`, async () => (await statusBarItems(page)).some((item) => item.text === `Ln ${line}, Col ${column}`));
}

/** Line numbers (1-based) of the visible lines of the active editor that carry a squiggle of `kind`. */
export async function squiggleLines(page: Page, kind: 'error' | 'warning' | 'info' = 'error'): Promise<number[]> {
  return page.$eval(
    '.editor-group-container.active .monaco-editor',
    (editor, cls) => {
      const numbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers')).map((element) => {
        const box = element.getBoundingClientRect();
        return { line: Number((element as HTMLElement).innerText.trim()), top: box.top, bottom: box.bottom };
      });
      const lines = new Set<number>();
      for (const squiggle of Array.from(editor.querySelectorAll(`.view-overlays .${cls}`))) {
        const box = squiggle.getBoundingClientRect();
        const middle = (box.top + box.bottom) / 2;
        const hit = numbers.find((number) => middle >= number.top && middle < number.bottom);
        if (hit) lines.add(hit.line);
      }
      return [...lines].sort((a, b) => a - b);
    },
    `squiggly-${kind}`,
  );
}

/** The active editor's visible text (Monaco renders non-breaking spaces). */
export async function editorText(page: Page): Promise<string> {
  return page.$eval('.editor-group-container.active .monaco-editor .view-lines', (element) => (element as HTMLElement).innerText.replace(/\u00a0/g, ' '));
}

// ---- quick fixes ------------------------------------------------------------------------------

/** Ctrl+. at the cursor; returns the titles in the quick-fix menu. */
export async function openQuickFixes(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+.');
  return waitFor('the quick-fix menu', async () => {
    const titles = await page.$$eval('.action-widget .monaco-list-row.action', (rows) =>
      rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => (row as HTMLElement).innerText.trim()),
    );
    return titles.length > 0 ? titles : undefined;
  });
}

/** Moves the quick-fix menu's focus onto the action titled `title` with the arrow keys and applies it with Enter. */
export async function chooseQuickFix(page: Page, title: string | RegExp): Promise<string> {
  const matches = (text: string) => (typeof title === 'string' ? text.includes(title) : title.test(text));
  let chosen = '';
  for (let step = 0; step < 30 && !chosen; step++) {
    const focused = await page.$eval('.action-widget .monaco-list-row.action.focused', (row) => (row as HTMLElement).innerText.trim()).catch(() => '');
    if (matches(focused)) chosen = focused;
    else await page.keyboard.press('ArrowDown');
  }
  if (!chosen) throw new Error(`no quick fix titled ${title}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.action-widget', { state: 'hidden', timeout: TIMEOUT });
  return chosen;
}

// ---- the Problems panel ------------------------------------------------------------------------

export interface Problem {
  /** Workspace-relative path of the file the entry is listed under. */
  file: string;
  severity: 'error' | 'warning' | 'info' | string;
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

/** Opens the Problems panel (Ctrl+Shift+M toggles it, so only when it is not showing). */
export async function showProblems(page: Page): Promise<void> {
  if (!(await page.isVisible('.markers-panel'))) await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout: TIMEOUT });
}

/** A wheel event scrolls the list by a bounded amount: wheel up until the first row is rendered. */
async function scrollProblemsToTop(page: Page): Promise<void> {
  const list = '.markers-panel .monaco-list';
  const box = (await page.locator(list).first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  await waitFor(
    'the top of the Problems list',
    async () => {
      if (await page.isVisible(`${list} .monaco-list-rows > .monaco-list-row[data-index="0"]`)) return true;
      await page.mouse.wheel(0, -2_000);
      return false;
    },
    20_000,
  );
}

/**
 * Every entry of the Problems panel. The tree only renders the rows in view, so this scrolls it
 * with the mouse wheel from the top to the bottom and collects rows by their index.
 */
export async function readProblems(page: Page, folder: string): Promise<Problem[]> {
  await showProblems(page);
  const list = '.markers-panel .monaco-list';
  if (!(await page.isVisible(`${list} .monaco-list-rows > .monaco-list-row`))) return [];
  await scrollProblemsToTop(page);
  type Row = { index: number; last: boolean; file?: string; severity?: string; message?: string; source?: string; code?: string; position?: string };
  const rows = new Map<number, Row>();
  let step = 100;
  // Read the rendered rows and wheel down until the last row has been read.
  await waitFor(
    'the bottom of the Problems list',
    async () => {
      await page.waitForTimeout(100);
      const visible: Row[] = await page.$$eval(`${list} .monaco-list-rows > .monaco-list-row`, (elements) =>
        elements.map((element) => {
          const index = Number(element.getAttribute('data-index'));
          const last = element.getAttribute('data-last-element') === 'true';
          const text = (selector: string) => (element.querySelector(selector) as HTMLElement | null)?.innerText.trim();
          const fileLabel = element.querySelector('.resource-label-container .monaco-icon-label');
          if (fileLabel) return { index, last, file: fileLabel.getAttribute('aria-label') ?? '' };
          const icon = element.querySelector('.marker-icon');
          return {
            index,
            last,
            severity: ['error', 'warning', 'info'].find((name) => icon?.classList.contains(name)) ?? icon?.className ?? '',
            message: text('.marker-message'),
            source: text('.marker-source'),
            code: text('.marker-code'),
            position: text('.marker-line'),
          };
        }),
      );
      for (const row of visible) rows.set(row.index, row);
      let firstMissing = 0;
      while (rows.has(firstMissing)) firstMissing++;
      const lastSeen = [...rows.values()].some((row) => row.last);
      if (lastSeen && firstMissing === Math.max(...rows.keys()) + 1) return true;
      // How far one wheel event scrolls is up to the browser and the list: when rows were
      // skipped, go back and take smaller steps.
      if (visible.length > 0 && Math.min(...visible.map((row) => row.index)) > firstMissing) {
        step = Math.max(10, step / 2);
        await page.mouse.wheel(0, -step);
      } else {
        await page.mouse.wheel(0, step);
      }
      return false;
    },
    30_000,
  );
  await scrollProblemsToTop(page);
  await parkMouse(page);
  const problems: Problem[] = [];
  let file = '';
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  for (const row of [...rows.values()].sort((a, b) => a.index - b.index)) {
    if (row.file !== undefined) {
      file = row.file.startsWith(prefix) ? row.file.slice(prefix.length) : row.file;
      continue;
    }
    const position = /Ln (\d+), Col (\d+)/.exec(row.position ?? '');
    problems.push({
      file,
      severity: row.severity ?? '',
      message: row.message ?? '',
      source: row.source ?? '',
      code: row.code ?? '',
      line: position ? Number(position[1]) : 0,
      column: position ? Number(position[2]) : 0,
    });
  }
  return problems;
}

export function describeProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.severity} ${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`).join('\n');
}

// ---- notifications and the Output panel ---------------------------------------------------------

/**
 * Records the text of every notification toast shown from now on (a progress notification can
 * come and go between two polls); read it with `seenNotifications`.
 */
export async function recordNotifications(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __preflightToasts?: string[]; __preflightObserver?: MutationObserver };
    w.__preflightToasts = [];
    w.__preflightObserver?.disconnect();
    const seen = (node: Node) => {
      if (!(node instanceof HTMLElement)) return;
      for (const toast of [node, ...Array.from(node.querySelectorAll('.notification-toast, .notification-list-item'))]) {
        if (toast.matches('.notification-toast, .notification-list-item')) {
          const text = (toast as HTMLElement).innerText.trim();
          const progress = toast.querySelector('.monaco-progress-container.active, .monaco-progress-container.infinite, .monaco-progress-container.discrete') ? ' [progress]' : '';
          if (text) w.__preflightToasts!.push(text + progress);
        }
      }
    };
    w.__preflightObserver = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        seen(mutation.target);
        mutation.addedNodes.forEach(seen);
      }
    });
    w.__preflightObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export async function seenNotifications(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __preflightToasts?: string[] }).__preflightToasts ?? []);
}

/** Text of the notification toasts on screen now. */
export async function visibleNotifications(page: Page): Promise<string[]> {
  return page.$$eval('.notifications-toasts .notification-toast', (toasts) =>
    toasts.filter((toast) => (toast as HTMLElement).offsetParent !== null).map((toast) => (toast as HTMLElement).innerText.trim()),
  );
}

/** The channel chosen in the Output panel's drop-down. */
export async function outputChannel(page: Page): Promise<string> {
  return page
    .$eval('.panel .monaco-select-box[aria-label*="Output" i], .panel select.monaco-select-box', (select) => {
      const element = select as HTMLSelectElement;
      return element.selectedOptions?.[0]?.text ?? element.value ?? '';
    })
    .catch(() => '');
}

/**
 * Types `text` into the Problems panel's filter box (empty string clears it), as a person looking
 * for one entry does.
 */
export async function filterProblems(page: Page, text: string): Promise<void> {
  await showProblems(page);
  await parkMouse(page);
  // A hover left by the pointer would take the click.
  await page.waitForSelector('.context-view .hover-contents', { state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
  const input = page.locator('.panel input[aria-label="Filter Problems"]');
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  // The filter applies after a short debounce.
  await page.waitForTimeout(700);
}

/**
 * Every line of the Output panel's current channel. Monaco renders only the lines in view, so
 * this scrolls from the top to the bottom and collects the rendered lines by their offset.
 */
export async function readOutput(page: Page): Promise<string> {
  const editor = '.panel .output-view .monaco-editor';
  await page.waitForSelector(`${editor} .view-lines`, { state: 'visible', timeout: TIMEOUT });
  const box = (await page.locator(editor).first().boundingBox())!;
  // Focus the (read-only) editor by clicking right of the text, then page through it.
  await page.mouse.click(box.x + box.width - 40, box.y + 10);
  await page.keyboard.press('Control+Home');
  const lines = new Map<number, string>();
  let stable = 0;
  for (let round = 0; round < 200 && stable < 3; round++) {
    await page.waitForTimeout(100);
    const visible = await page.$eval(`${editor} .view-lines`, (element) =>
      (Array.from(element.querySelectorAll('.view-line')) as HTMLElement[]).map((line) => [parseFloat(line.style.top || '0'), line.innerText.replace(/\u00a0/g, ' ')] as [number, string]),
    );
    const before = lines.size;
    for (const [top, text] of visible) lines.set(top, text);
    stable = lines.size === before ? stable + 1 : 0;
    await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('Control+Home');
  await parkMouse(page);
  return [...lines.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join('\n');
}

/** Moves the pointer where it opens no hover (the middle of the status bar). */
export async function parkMouse(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  if (viewport) await page.mouse.move(viewport.width / 2, viewport.height - 5);
}

// ---- tree views and webviews ---------------------------------------------------------------------

export interface TreeRow {
  /** 1 for the top level. */
  level: number;
  label: string;
  description: string;
  expanded: boolean | undefined;
  /** The codicon of the row's icon (`codicon-error` → `error`), when it has one. */
  icon: string;
}

/** The rendered rows of the tree in the side bar (the view container that is open there). */
export async function sideBarTreeRows(page: Page): Promise<TreeRow[]> {
  return page.$$eval('.part.sidebar .monaco-list-row', (rows) =>
    rows.map((row) => {
      const text = (selector: string) => ((row.querySelector(selector) as HTMLElement | null)?.innerText ?? '').trim();
      // The item's own icon, not the twistie's.
      const iconElement = row.querySelector('.custom-view-tree-node-item-icon');
      const icon = [...(iconElement?.classList ?? [])].find((name) => name.startsWith('codicon-') && name !== 'codicon-') ?? '';
      const expanded = row.getAttribute('aria-expanded');
      return {
        level: Number(row.getAttribute('aria-level') ?? 0),
        label: text('.label-name'),
        description: text('.label-description'),
        expanded: expanded === null ? undefined : expanded === 'true',
        icon: icon.replace(/^codicon-/, ''),
      };
    }),
  );
}

/** The title of the view container open in the side bar (e.g. "PREFLIGHT: PIPELINE GATES"). */
export async function sideBarTitle(page: Page): Promise<string> {
  return page.$eval('.part.sidebar .composite.title', (element) => (element as HTMLElement).innerText.trim()).catch(() => '');
}

/**
 * The frame of a webview whose document has `selector`. VS Code nests each webview's content in
 * an iframe inside another; Playwright lists both among the page's frames.
 */
export async function webviewFrame(page: Page, selector: string): Promise<import('playwright-core').Frame> {
  return waitFor(`a webview frame with ${selector}`, async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    return undefined;
  });
}
