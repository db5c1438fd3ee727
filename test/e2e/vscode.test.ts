/**
 * The packaged extension inside a real VS Code: code-server (VS Code's own workbench and
 * extension host) driven through Chromium by Playwright, the way a person uses it — keyboard
 * shortcuts, the command palette, the quick-fix menu. Every scenario asserts what is on screen
 * (status bar, squiggles, Problems entries, notifications, the Output channel) or on disk, and
 * saves a screenshot to .test-output/e2e/. Two code-servers: one with a trusted copy of examples/
 * (scenarios a–e and h–j, in order: each builds on the previous one's edits; h–j read the Pipeline
 * Gates view, the gate report webview and the status-bar verdict after e's run), one with an
 * untrusted copy (f, g).
 *
 * Needs what scripts/e2e/setup.sh installs; without it the suite is reported as skipped with the
 * reason (or fails, when PREFLIGHT_E2E_REQUIRE=1, as in CI). Environment:
 *   PREFLIGHT_E2E_CACHE   where setup.sh installed code-server (default ~/.cache/preflight-e2e)
 *   PREFLIGHT_E2E_VSIX    test this .vsix instead of running `npm run package`
 *   PREFLIGHT_E2E_CHROMIUM  the Chromium binary (default: the one setup.sh found, /usr/bin/chromium)
 *   PREFLIGHT_E2E_REQUIRE=1  fail instead of skipping when code-server or chromium is missing
 *
 * Run: node --import tsx --test test/e2e/vscode.test.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CodeServer, findEnvironment, type E2eEnvironment } from './support/code-server';
import {
  chooseQuickFix,
  describeProblems,
  editorText,
  filterProblems,
  goTo,
  openFile,
  openQuickFixes,
  outputChannel,
  parkMouse,
  readOutput,
  readProblems,
  recordNotifications,
  runCommand,
  seenNotifications,
  showProblems,
  sideBarTitle,
  sideBarTreeRows,
  squiggleLines,
  statusBarItems,
  visibleNotifications,
  waitFor,
  waitForStatusItem,
  waitForWorkbench,
  webviewFrame,
  type Problem,
  type TreeRow,
} from './support/workbench';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const SCREENSHOTS = join(ROOT, '.test-output', 'e2e');
const VIEWPORT = { width: 1600, height: 1000 };

/** Settings of every throwaway profile: no welcome page, tips, AI side bar or update checks in the way. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'workbench.reduceMotion': 'on',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
};

const found = findEnvironment();
const skip = typeof found === 'string' && process.env.PREFLIGHT_E2E_REQUIRE !== '1' ? found : false;

/** Processes to stop even when the run is interrupted before `after` hooks run. */
const running = new Set<CodeServer>();
process.on('exit', () => {
  for (const server of running) server.killNow();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const server of running) server.killNow();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

function environment(): E2eEnvironment {
  if (typeof found === 'string') throw new Error(`${found} (PREFLIGHT_E2E_REQUIRE=1)`);
  return found;
}

function packageVsix(dir: string): string {
  if (process.env.PREFLIGHT_E2E_VSIX) return process.env.PREFLIGHT_E2E_VSIX;
  const vsix = join(dir, 'preflight.vsix');
  // `npm run package` builds the production bundles and runs vsce; the arguments go to vsce.
  const result = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}${result.stderr}`);
  assert.ok(existsSync(vsix), `npm run package wrote no ${vsix}`);
  return vsix;
}

async function launchBrowser(env: E2eEnvironment): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // Playwright gives every launch a fresh, temporary profile (--user-data-dir) and stops the
  // browser's process group on close.
  return chromium.launch({
    executablePath: env.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    timeout: 60_000,
  });
}

/**
 * A stand-in `gitleaks`, configured in the machine's settings (`preflight.gitleaks.path`, machine
 * scope; PATH would not do: VS Code's server takes the extension host's PATH from a login shell). It records every
 * call in `calls` and answers like gitleaks with no findings (a version, an empty JSON report), so
 * it shows whether Preflight started an external tool.
 */
function canaryGitleaks(dir: string): { bin: string; calls: string } {
  const bin = join(dir, 'bin');
  const calls = join(dir, 'gitleaks-calls.log');
  mkdirSync(bin, { recursive: true });
  const script = [
    '#!/bin/sh',
    `printf '%s\\n' "$*" >> '${calls}'`,
    'if [ "$1" = version ]; then echo 8.0.0-preflight-e2e-canary; exit 0; fi',
    'while [ $# -gt 0 ]; do',
    '  if [ "$1" = --report-path ]; then printf "[]" > "$2"; fi',
    '  shift',
    'done',
    'exit 0',
    '',
  ].join('\n');
  writeFileSync(join(bin, 'gitleaks'), script, { mode: 0o755 });
  return { bin, calls };
}

/** A copy of examples/ (edits must not touch the repository) opened in its own code-server. */
class Session {
  readonly workspace: string;
  readonly server: CodeServer;
  readonly gitleaks: { bin: string; calls: string };
  page!: Page;

  constructor(env: E2eEnvironment, vsix: string, settings: Record<string, unknown>) {
    this.workspace = mkdtempSync(join(tmpdir(), 'preflight-e2e-workspace-'));
    cpSync(EXAMPLES, this.workspace, { recursive: true });
    this.gitleaks = canaryGitleaks(mkdtempSync(join(tmpdir(), 'preflight-e2e-tools-')));
    const gitleaksPath = join(this.gitleaks.bin, 'gitleaks');
    this.server = new CodeServer(env, { vsix, settings: { ...QUIET_SETTINGS, ...settings }, machineSettings: { 'preflight.gitleaks.path': gitleaksPath } });
    running.add(this.server);
  }

  /** The calls of the stand-in gitleaks so far, one line each. */
  gitleaksCalls(): string[] {
    return existsSync(this.gitleaks.calls) ? readFileSync(this.gitleaks.calls, 'utf8').split('\n').filter(Boolean) : [];
  }

  async open(browser: Browser): Promise<void> {
    this.server.installExtension();
    await this.server.start();
    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx (esbuild) wraps named functions in __name(); the page has to know it for evaluate().
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    this.page = await context.newPage();
    await this.page.goto(this.server.folderUrl(this.workspace), { timeout: 60_000 });
    await waitForWorkbench(this.page);
  }

  async close(): Promise<void> {
    await this.page?.context().close().catch(() => undefined);
    await this.server.stop();
    running.delete(this.server);
    rmSync(this.workspace, { recursive: true, force: true });
    rmSync(join(this.gitleaks.bin, '..'), { recursive: true, force: true });
  }

  /** Adds an empty line at the end of `file` and saves it (Ctrl+P to focus its editor, Ctrl+End, Enter, Ctrl+S). */
  async editAndSave(file: string): Promise<void> {
    const before = this.read(file);
    await openFile(this.page, file);
    const lastLine = before.split('\n').length;
    await waitFor(`the cursor at the end of ${file}`, async () => {
      await this.page.keyboard.press('Control+End');
      return (await statusBarItems(this.page)).some((item) => item.text.startsWith(`Ln ${lastLine},`));
    });
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Control+S');
    await waitFor(`${file} saved`, async () => this.read(file) !== before);
    assert.equal(this.read(file), `${before}\n`, `only an empty line was added at the end of ${file}`);
  }

  read(file: string): string {
    return readFileSync(join(this.workspace, file), 'utf8');
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await parkMouse(this.page);
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  /** Runs a scenario and saves its screenshot; on failure saves `<name>.failed.png` and adds code-server's log to the report. */
  async scenario(t: TestContext, name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
      await this.screenshot(name);
    } catch (error) {
      await this.screenshot(`${name}.failed`).catch(() => undefined);
      t.diagnostic(`code-server log (tail):\n${this.server.output().slice(-4000)}`);
      throw error;
    }
  }

  problems(): Promise<Problem[]> {
    return readProblems(this.page, this.workspace);
  }

  /** Polls the Problems panel until `check` holds; the message shows the last entries seen. */
  async waitForProblems(what: string, check: (problems: Problem[]) => boolean): Promise<Problem[]> {
    let last: Problem[] = [];
    let held = 0;
    try {
      // Twice in a row: one read scrolls through a tree that may be updating under it.
      return await waitFor(what, async () => {
        last = await this.problems();
        held = check(last) ? held + 1 : 0;
        return held >= 2 ? last : undefined;
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}\nProblems panel:\n${describeProblems(last)}`);
    }
  }
}

function entry(problems: Problem[], file: string, code: string, line?: number): Problem | undefined {
  return problems.find((p) => p.file === file && p.code === code && p.source === 'preflight' && (line === undefined || p.line === line));
}

/** Findings of examples/ a person must see once the three files are open: file, code, line, gate. */
const EXPECTED: Array<[string, string, number, string]> = [
  ['app/server.js', 'github-pat', 10, 'secrets'],
  ['app/server.js', 'js-command-injection', 14, 'sast'],
  ['app/server.js', 'js-code-injection', 18, 'sast'],
  ['app/server.js', 'js-weak-hash', 22, 'sast'],
  ['infra/main.tf', 'CKV_AWS_7', 1, 'iac'],
  ['infra/main.tf', 'CKV_AWS_20', 7, 'iac'],
  ['infra/main.tf', 'CKV_AWS_24', 19, 'iac'],
  ['infra/main.tf', 'CKV_AWS_25', 27, 'iac'],
  ['app/reports.py', 'py-sql-injection', 13, 'sast'],
  ['app/reports.py', 'py-unsafe-yaml-load', 18, 'sast'],
  ['app/reports.py', 'py-unsafe-deserialization', 22, 'sast'],
];

const SUITE = 'Preflight in a real VS Code (code-server + Chromium)';

// A skipped test (not a skipped suite) so that the summary counts it: "skipped 1", with the reason.
if (skip) test(SUITE, { skip }, () => undefined);
else describe(SUITE, { timeout: 600_000 }, () => {
  let browser: Browser | undefined;
  let vsix = '';
  let scratch = '';

  before(async () => {
    const env = environment();
    scratch = mkdtempSync(join(tmpdir(), 'preflight-e2e-'));
    vsix = packageVsix(scratch);
    browser = await launchBrowser(env);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  describe('a trusted copy of examples/', () => {
    let session: Session;

    before(async () => {
      // Workspace trust off: the folder is trusted, as a person's own project is.
      session = new Session(environment(), vsix, { 'security.workspace.trust.enabled': false });
      await session.open(browser!);
    });

    after(async () => {
      await session?.close();
    });

    test('a. opening the workspace shows the Preflight status-bar item, and the server says the workspace is trusted', async (t) => {
      await session.scenario(t, 'a-workspace-opened', async () => {
        const page = session.page;
        const item = await waitForStatusItem(page, /Preflight/);
        assert.match(item.text, /^Preflight$/);
        assert.match(item.label, /gates not run yet/);
        await runCommand(page, 'Preflight: Show Output');
        const output = await waitFor('the server start line in Output → Preflight', async () => {
          const text = await readOutput(page);
          return /Preflight \S+: \d+ rules; workspace trusted/.test(text) ? text : undefined;
        });
        assert.doesNotMatch(output, /untrusted/);
        await waitFor('the Output panel showing the Preflight channel', async () => (await outputChannel(page)) === 'Preflight');
        // Before any run the Pipeline Gates view offers to run them (its welcome content).
        await runCommand(page, 'Preflight: Show Pipeline Gates');
        const welcome = await waitFor('the welcome content of the Pipeline Gates view', async () =>
          page.$eval('.part.sidebar .welcome-view-content', (element) => (element as HTMLElement).innerText).catch(() => undefined),
        );
        assert.match(welcome, /exactly as `?preflight gates`? does in CI/);
        assert.ok(await page.isVisible('.part.sidebar .welcome-view-content .monaco-button:has-text("Run Pipeline Gates Locally")'), 'a button runs the gates');
      });
    });

    test('b. a secret, a Terraform file and a Python file: squiggles and Problems entries with codes and gate-based severities', async (t) => {
      await session.scenario(t, 'b-diagnostics', async () => {
        const page = session.page;
        for (const file of ['app/server.js', 'infra/main.tf', 'app/reports.py']) await openFile(page, file);
        await showProblems(page);
        const problems = await session.waitForProblems('the findings of the three files', (list) =>
          EXPECTED.every(([file, code, line]) => entry(list, file, code, line)),
        );
        for (const [file, code, line, gate] of EXPECTED) {
          const problem = entry(problems, file, code, line)!;
          assert.equal(problem.severity, 'error', `${file}:${line} ${code} fails its gate, so it is an Error: ${problem.message}`);
          assert.match(problem.message, new RegExp(`fails gate ${gate} \\(source\\)`), `${code} names its gate`);
        }
        // The secret's value is masked: only its prefix and length are on screen.
        const secret = entry(problems, 'app/server.js', 'github-pat')!;
        assert.match(secret.message, /ghp_…\(40 chars\)/);
        assert.ok(!problems.some((p) => /ghp_[0-9A-Za-z]{20,}/.test(p.message)), 'no Problems entry shows the token');
        // Squiggles under the lines a person sees in each editor.
        const visibleLines: Record<string, number[]> = {
          'app/reports.py': [13, 18, 22, 26],
          'infra/main.tf': [1, 7, 19, 27],
          'app/server.js': [10, 14, 18, 22],
        };
        for (const [file, lines] of Object.entries(visibleLines)) {
          await openFile(page, file);
          const squiggles = await waitFor(`error squiggles in ${file}`, async () => {
            const found = await squiggleLines(page, 'error');
            return lines.every((line) => found.includes(line)) ? found : undefined;
          });
          assert.ok(!squiggles.includes(2), `no squiggle on a clean line of ${file}: ${squiggles}`);
        }
        // The status bar's problem counter agrees.
        const counter = (await statusBarItems(page)).find((item) => item.id === 'status.problems');
        assert.ok(counter && Number(/(\d+)/.exec(counter.text)?.[1]) >= EXPECTED.length, `problem counter: ${JSON.stringify(counter)}`);
      });
    });

    test('c. Ctrl+. on yaml.load → "Use yaml.safe_load()", Ctrl+S: the file on disk changes and the entry disappears', async (t) => {
      const page = session.page;
      await session.scenario(t, 'c-quick-fix-menu', async () => {
        await openFile(page, 'app/reports.py');
        await goTo(page, 18, 12);
        const titles = await openQuickFixes(page);
        assert.ok(titles.includes('Use yaml.safe_load()'), `quick fixes: ${titles.join(' | ')}`);
        assert.ok(titles.some((title) => /Suppress py-unsafe-yaml-load on this line \(preflight-ignore\)/.test(title)), `quick fixes: ${titles.join(' | ')}`);
      });
      await session.scenario(t, 'c-quick-fix-applied', async () => {
        await chooseQuickFix(page, 'Use yaml.safe_load()');
        await waitFor('yaml.safe_load in the editor', async () => (await editorText(page)).includes('yaml.safe_load(text)'));
        await page.keyboard.press('Control+S');
        await waitFor('the fix saved to disk', async () => session.read('app/reports.py').includes('return yaml.safe_load(text)'));
        assert.ok(!session.read('app/reports.py').includes('yaml.load('));
        await session.waitForProblems('the yaml.load entry to disappear', (list) =>
          !entry(list, 'app/reports.py', 'py-unsafe-yaml-load') && Boolean(entry(list, 'app/reports.py', 'py-unsafe-deserialization', 22)),
        );
        const squiggles = await waitFor('no squiggle on line 18', async () => {
          const found = await squiggleLines(page, 'error');
          return !found.includes(18) && found.includes(22) ? found : undefined;
        });
        assert.ok(squiggles.includes(13));
      });
    });

    test('d. the quick-fix menu\'s checkov:skip action turns the CKV_AWS_7 entry into an Information "skipped" entry', async (t) => {
      const page = session.page;
      await session.scenario(t, 'd-suppressed', async () => {
        await openFile(page, 'infra/main.tf');
        await goTo(page, 1, 1);
        const titles = await openQuickFixes(page);
        assert.ok(titles.includes('Set enable_key_rotation to true'), `quick fixes: ${titles.join(' | ')}`);
        const chosen = await chooseQuickFix(page, /^Skip CKV_AWS_7 for aws_kms_key\.data \(checkov:skip\)$/);
        assert.ok(chosen);
        await page.keyboard.press('Control+S');
        await waitFor('the checkov:skip comment saved to disk', async () => /^ {2}# checkov:skip=CKV_AWS_7:/m.test(session.read('infra/main.tf')));
        const problems = await session.waitForProblems('CKV_AWS_7 to become skipped', (list) => entry(list, 'infra/main.tf', 'CKV_AWS_7')?.severity === 'info');
        const skipped = entry(problems, 'infra/main.tf', 'CKV_AWS_7')!;
        assert.match(skipped.message, /skipped by checkov:skip/);
        // The other findings of the file moved down a line with the inserted comment and still fail.
        assert.equal(entry(problems, 'infra/main.tf', 'CKV_AWS_20')?.line, 8);
        assert.equal(entry(problems, 'infra/main.tf', 'CKV_AWS_20')?.severity, 'error');
        await waitFor('an information squiggle (not an error) on line 1', async () => {
          const info = await squiggleLines(page, 'info');
          const errors = await squiggleLines(page, 'error');
          return info.includes(1) && !errors.includes(1);
        });
        // Show the entry in the Problems panel for the screenshot, as a person would find it.
        await filterProblems(page, 'CKV_AWS_7');
        await waitFor('the filtered Problems entry', () => page.isVisible('.markers-panel .monaco-list-row .marker-icon.info'));
      });
      await filterProblems(page, '');
    });

    test('e. "Preflight: Run Pipeline Gates Locally" from the command palette: progress, the verdict in the status bar, the gate table in Output', async (t) => {
      const page = session.page;
      await session.scenario(t, 'e-gates-run', async () => {
        await recordNotifications(page);
        await runCommand(page, 'Preflight: Run Pipeline Gates Locally');
        const item = await waitForStatusItem(page, /Gates: \w+/);
        assert.equal(item.text, 'Gates: fail');
        assert.match(item.label, /\| secrets \| source \| fail \|/);
        assert.match(item.label, /\| iac \| source \| fail \|/);
        assert.match(item.label, /\| deps \| source \| fail \|/);
        const seen = await seenNotifications(page);
        assert.ok(
          seen.some((text) => text.includes('Preflight: running pipeline gates')),
          `a progress notification was shown; seen: ${JSON.stringify([...new Set(seen)])}`,
        );
        const summary = await waitFor('the verdict notification', async () => (await visibleNotifications(page)).find((text) => /Preflight: gates FAIL/.test(text)));
        assert.match(summary, /secrets fail/);
        assert.match(summary, /Show Problems/);
        assert.match(summary, /Open Report/);
        // The run brings up the Pipeline Gates view (scenario h reads it); the text table is in Output.
        await waitFor('the Pipeline Gates view in the side bar', async () => /PIPELINE GATES/i.test(await sideBarTitle(page)));
        await runCommand(page, 'Preflight: Show Output');
        const output = await waitFor('the gate table in Output → Preflight', async () => {
          const text = await readOutput(page);
          return /STAGE\s+GATE\s+MODE\s+FAIL-ON\s+VERDICT/.test(text) && /^Result: FAIL/m.test(text) ? text : undefined;
        });
        assert.match(output, /source\s+secrets\s+hard\s+\w+\s+FAIL/);
        assert.match(output, /source\s+sast\s+hard\s+\w+\s+FAIL/);
        // iac: the CKV_AWS_7 suppression of scenario d is counted as skipped.
        assert.match(output, /source\s+iac\s+hard\s+\w+\s+FAIL(\s+\d+){5}\s+1\b/);
        // The fix of scenario c is on disk, so the whole-workspace run no longer reports it.
        assert.doesNotMatch(output, /py-unsafe-yaml-load/);
        assert.doesNotMatch(output, /ghp_[0-9A-Za-z]{20,}/, 'the report masks the secret');
        // The run fills Problems for files that are not open as well.
        await session.waitForProblems('entries of files that are not open', (list) => Boolean(entry(list, 'app/settings.env', 'aws-access-token')));
        // In a trusted workspace the configured gitleaks runs (scenarios c and d saved files).
        assert.ok(session.gitleaksCalls().some((call) => call.startsWith('dir ')), `gitleaks calls: ${session.gitleaksCalls().join(' | ')}`);
        // For the screenshot: the Output panel at the top of the table, the verdict in the status bar.
        await runCommand(page, 'Preflight: Show Output');
        await waitFor('the Output panel showing the Preflight channel', async () => (await outputChannel(page)) === 'Preflight');
        await readOutput(page);
      });
    });

    test('h. the Pipeline Gates view lists stage → gate → findings; a click opens the finding\'s line; the severity filter hides lower findings', async (t) => {
      const page = session.page;
      await session.scenario(t, 'h-gates-view', async () => {
        // The tree renders only the rows in sight; a tall window shows all four gates' findings at once.
        const size = page.viewportSize()!;
        await page.setViewportSize({ width: size.width, height: 2600 });
        t.after(() => page.setViewportSize(size));
        await runCommand(page, 'Preflight: Show Pipeline Gates');
        const row = (rows: TreeRow[], level: number, label: string | RegExp, description?: RegExp) =>
          rows.find((candidate) => candidate.level === level && (typeof label === 'string' ? candidate.label === label : label.test(candidate.label)) && (!description || description.test(candidate.description)));
        const rows = await waitFor('stage, gates and findings in the Pipeline Gates view', async () => {
          const list = await sideBarTreeRows(page);
          return row(list, 3, /./, /^github-pat · app\/server\.js:10$/) ? list : undefined;
        });
        assert.match(row(rows, 1, 'source')!.description, /^fail · 0\/4 gate\(s\) pass$/);
        for (const gate of ['secrets', 'sast', 'iac', 'deps']) {
          const gateRow = row(rows, 2, gate);
          assert.ok(gateRow, `gate ${gate} in ${JSON.stringify(rows)}`);
          assert.match(gateRow.description, /^fail · hard · fail-on \w+ · default$/);
          assert.equal(gateRow.icon, 'error');
        }
        const secret = row(rows, 3, /./, /^github-pat · app\/server\.js:10$/)!;
        assert.match(secret.label, /ghp_…\(40 chars\)/, 'the finding shows its message, secret masked');
        assert.equal(secret.icon, 'error', 'critical: error icon');
        // The checkov:skip of scenario d: listed (after the gate's reported findings), marked, not counted.
        assert.ok(row(rows, 3, /./, /^skipped · CKV_AWS_7 · infra\/main\.tf:1$/), `the skipped finding in ${JSON.stringify(rows.filter((r) => r.level === 3))}`);
        assert.ok(!rows.some((candidate) => /ghp_[0-9A-Za-z]{20,}/.test(candidate.label)));

        // Filter: only critical findings, the rest counted as hidden.
        await runCommand(page, 'Preflight: Filter Findings by Minimum Severity…');
        await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row', { state: 'visible' });
        // fill() waits until the box takes input (typing can be lost while the widget is still opening).
        await page.locator('.quick-input-widget input').fill('critical');
        await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row.focused >> text=critical');
        await page.keyboard.press('Enter');
        const filtered = await waitFor('only critical findings', async () => {
          const list = await sideBarTreeRows(page);
          return list.some((candidate) => /hidden by the filter \(below critical\)/.test(candidate.label)) ? list : undefined;
        });
        assert.ok(row(filtered, 3, /./, /^github-pat · app\/server\.js:10$/), 'critical findings stay');
        assert.ok(!filtered.some((candidate) => / · CKV_AWS_20 · /.test(candidate.description)), 'high findings are hidden');
        await runCommand(page, 'Preflight: Filter Findings by Minimum Severity…');
        await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row', { state: 'visible' });
        // fill() waits until the box takes input (typing can be lost while the widget is still opening).
        await page.locator('.quick-input-widget input').fill('info');
        await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row.focused >> text=info');
        await page.keyboard.press('Enter');
        await waitFor('every finding again', async () => !(await sideBarTreeRows(page)).some((candidate) => /hidden by the filter/.test(candidate.label)));

        // A click on the finding opens its file with the finding selected.
        await page.locator('.part.sidebar .monaco-list-row', { hasText: 'github-pat' }).first().click();
        await waitFor('server.js in the active tab', async () =>
          page.$eval('.tabs-container .tab.active', (tab) => tab.getAttribute('aria-label') ?? (tab as HTMLElement).innerText).then((label) => label.includes('server.js')),
        );
        const cursor = await waitForStatusItem(page, /^Ln 10, Col \d+ \(\d+ selected\)$/);
        assert.match(cursor.text, /\(4\d selected\)/, `the token is selected: ${cursor.text}`);
      });
    });

    test('i. "Preflight: Open Gate Report": a themed webview with the gate table, the verdict and a bar chart by severity', async (t) => {
      const page = session.page;
      await session.scenario(t, 'i-gate-report', async () => {
        await runCommand(page, 'Preflight: Open Gate Report');
        const frame = await webviewFrame(page, '#gate-table tbody tr');
        const table = await waitFor('four gate rows', async () => {
          const rows = await frame.$$eval('#gate-table tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td as HTMLElement).innerText.trim())));
          return rows.length === 4 ? rows : undefined;
        });
        assert.deepEqual(table.map((cells) => cells.slice(0, 6)), [
          ['source', 'secrets', 'default', 'hard', 'low', 'FAIL'],
          ['source', 'sast', 'default', 'hard', 'medium', 'FAIL'],
          ['source', 'iac', 'default', 'hard', 'low', 'FAIL'],
          ['source', 'deps', 'default', 'hard', 'medium', 'FAIL'],
        ]);
        assert.match(table[0][6], /^\d+ critical(, \d+ (high|medium|low|info))*$/, `secrets counts: ${table[0][6]}`);
        assert.equal(table[2][7], '1', 'the checkov:skip of scenario d is counted as suppressed');
        assert.equal(await frame.$eval('#overall', (element) => (element as HTMLElement).innerText), 'FAIL');
        // The chart: a bar per gate and severity; a gate with critical findings has a visible critical bar.
        const bars = await frame.$$eval('#chart rect.bar', (rects) => rects.map((rect) => ({ gate: rect.parentElement?.getAttribute('data-gate'), severity: rect.getAttribute('data-severity'), count: Number(rect.getAttribute('data-count')), width: Number(rect.getAttribute('width')) })));
        assert.equal(bars.length, 20, 'a bar per gate (4) and severity (5)');
        const critical = bars.find((bar) => bar.gate === 'secrets' && bar.severity === 'critical')!;
        assert.ok(critical.count >= 1 && critical.width > 0, JSON.stringify(critical));
        assert.ok(bars.filter((bar) => bar.count === 0).every((bar) => bar.width === 0));
        // The stylesheet from media/ applies under the CSP, and its colours are the theme's.
        const theme = await frame.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--vscode-foreground)';
          document.body.append(probe);
          const expected = getComputedStyle(probe).color;
          probe.remove();
          const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
          return { body: getComputedStyle(document.body).color, expected, collapse: getComputedStyle(document.querySelector('table')!).borderCollapse, csp };
        });
        assert.equal(theme.collapse, 'collapse', 'media/report.css is loaded');
        assert.equal(theme.body, theme.expected, 'the text colour is the theme\'s --vscode-foreground');
        assert.match(theme.csp, /^default-src 'none'; style-src [^;]+; img-src [^;]+; script-src 'nonce-[^']+'$/);
        assert.doesNotMatch(theme.csp, /unsafe-inline|unsafe-eval/, 'no inline style or script is allowed');
      });
    });

    test('j. the status-bar verdict opens the Pipeline Gates view', async (t) => {
      const page = session.page;
      await session.scenario(t, 'j-status-bar-opens-view', async () => {
        await page.keyboard.press('Control+Shift+E');
        await waitFor('the Explorer in the side bar', async () => /EXPLORER/i.test(await sideBarTitle(page)));
        await page.locator('.statusbar-item', { hasText: 'Gates: fail' }).first().click();
        await waitFor('the Pipeline Gates view in the side bar', async () => /PIPELINE GATES/i.test(await sideBarTitle(page)));
        await waitFor('the gates in the view', async () => (await sideBarTreeRows(page)).some((candidate) => candidate.level === 2 && candidate.label === 'secrets'));
      });
    });
  });

  describe('an untrusted copy of examples/ (Restricted Mode)', () => {
    let session: Session;

    before(async () => {
      // Workspace trust on, no startup prompt: a folder nobody trusted opens in Restricted Mode.
      session = new Session(environment(), vsix, {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
      });
      await session.open(browser!);
    });

    after(async () => {
      await session?.close();
    });

    test('f. Restricted Mode: the built-in scanners still report, no external tool starts, and Output says so', async (t) => {
      await session.scenario(t, 'f-untrusted', async () => {
        const page = session.page;
        await waitForStatusItem(page, /Restricted Mode/);
        const banner = await waitFor('the Restricted Mode banner', async () => (await page.$eval('.part.banner', (element) => (element as HTMLElement).innerText).catch(() => '')) || undefined);
        assert.match(banner, /Restricted Mode/);
        await openFile(page, 'app/server.js');
        await showProblems(page);
        const problems = await session.waitForProblems('built-in findings in Restricted Mode', (list) =>
          Boolean(entry(list, 'app/server.js', 'github-pat', 10) && entry(list, 'app/server.js', 'js-command-injection', 14)),
        );
        assert.equal(entry(problems, 'app/server.js', 'github-pat')!.severity, 'error');
        await waitFor('squiggles in Restricted Mode', async () => (await squiggleLines(page, 'error')).includes(10));
        // A save and a whole-workspace run are when a trusted workspace starts the configured gitleaks (see e and g).
        await session.editAndSave('app/server.js');
        await runCommand(page, 'Preflight: Run Pipeline Gates Locally');
        assert.equal((await waitForStatusItem(page, /Gates: \w+/)).text, 'Gates: fail');
        assert.deepEqual(session.gitleaksCalls(), [], 'the configured gitleaks never ran in Restricted Mode');
        await runCommand(page, 'Preflight: Show Output');
        const output = await waitFor('"workspace untrusted: built-in scanners only" in Output → Preflight', async () => {
          const text = await readOutput(page);
          return /Preflight \S+: \d+ rules; workspace untrusted: built-in scanners only/.test(text) ? text : undefined;
        });
        assert.match(output, /gitleaks was not run: the workspace is not trusted/);
        assert.match(output, /STAGE\s+GATE\s+MODE/, 'the gates ran with the built-in scanners');
        assert.deepEqual(session.gitleaksCalls(), []);
      });
    });

    test('g. trusting the folder restarts the server in trusted mode, and the configured gitleaks then runs on save', async (t) => {
      await session.scenario(t, 'g-trust-granted', async () => {
        const page = session.page;
        await runCommand(page, 'Notifications: Clear All Notifications');
        await runCommand(page, 'Workspaces: Manage Workspace Trust');
        await page.waitForSelector('.workspace-trust-editor .monaco-button:has-text("Trust")', { state: 'visible', timeout: 60_000 });
        await page.keyboard.press('Control+Enter');
        await waitFor('Restricted Mode to end', async () => !(await statusBarItems(page)).some((item) => /Restricted Mode/.test(item.text)));
        await page.keyboard.press('Escape');
        await runCommand(page, 'Preflight: Show Output');
        await waitFor('the restarted server saying "workspace trusted"', async () => /Preflight \S+: \d+ rules; workspace trusted/.test(await readOutput(page)));
        await session.editAndSave('app/server.js');
        const calls = await waitFor('the configured gitleaks to run after the save', async () => {
          const list = session.gitleaksCalls();
          return list.some((call) => call.startsWith('dir ')) ? list : undefined;
        });
        assert.ok(calls.some((call) => /--redact/.test(call)), `gitleaks runs with --redact: ${calls.join(' | ')}`);
        // The built-in findings are still there.
        await showProblems(page);
        await session.waitForProblems('the findings after trust', (list) => Boolean(entry(list, 'app/server.js', 'github-pat', 10)));
        // For the screenshot: the end of Output → Preflight, where the restarted server says it is trusted.
        await runCommand(page, 'Preflight: Show Output');
        await page.waitForTimeout(500);
      });
    });
  });
});
