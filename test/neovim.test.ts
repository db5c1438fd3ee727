/**
 * A second LSP client: Neovim's built-in one (Debian's neovim, 0.7) drives dist/server.js over
 * stdio. Asserts the diagnostics it receives (codes, lines, severities) and that a code action's
 * edit applies and clears its diagnostic after save.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const missing = nvim.status === 0 ? undefined : 'Neovim is not installed (apt-get install neovim)';

interface Seen {
  code: string;
  line: number;
  severity: number;
  source: string;
  message: string;
}

const ERROR = 1; // vim.diagnostic.severity.ERROR

test('Neovim receives Preflight diagnostics and applies a quick fix', { skip: missing, timeout: 120_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'preflight nvim '));
  try {
    cpSync(join(ROOT, 'examples'), root, { recursive: true });
    const out = join(root, 'result.json');
    const files = ['app/server.js', 'app/reports.py', 'infra/main.tf', 'infra/template.yaml'];
    const result = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(__dirname, 'neovim', 'client.lua')}`], {
      encoding: 'utf8',
      timeout: 100_000,
      env: {
        ...process.env,
        PF_ROOT: root,
        PF_NODE: process.execPath,
        PF_SERVER: join(ROOT, 'dist', 'server.js'),
        PF_FILES: files.join(','),
        PF_FIX_FILE: 'app/reports.py',
        PF_FIX_CODE: 'py-unsafe-yaml-load',
        PF_FIX_TITLE: 'Use yaml.safe_load()',
        PF_OUT: out,
      },
    });
    assert.equal(result.status, 0, `nvim: ${result.stderr}${result.stdout}`);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Seen[]> & { actions: string[] };
    const has = (file: string, code: string, line: number) => {
      const match = seen[file].find((d) => d.code === code && d.line === line);
      assert.ok(match, `${file}: expected ${code} on line ${line + 1}; got ${JSON.stringify(seen[file].map((d) => [d.code, d.line]))}`);
      assert.equal(match.severity, ERROR, `${code} fails its gate, so it is an error`);
      assert.equal(match.source, 'preflight');
    };
    has('app/server.js', 'github-pat', 9);
    has('app/server.js', 'js-command-injection', 13);
    has('app/reports.py', 'py-unsafe-yaml-load', 17);
    has('app/reports.py', 'py-sql-injection', 12);
    has('infra/main.tf', 'CKV_AWS_7', 0);
    has('infra/template.yaml', 'CKV_AWS_7', 6);
    assert.ok(!JSON.stringify(seen['app/server.js']).includes(readFileSync(join(root, 'app', 'server.js'), 'utf8').match(/ghp_\w+/)![0]), 'no full secret in diagnostics');

    assert.ok(seen.actions.includes('Use yaml.safe_load()'), `actions: ${seen.actions}`);
    assert.ok(seen.actions.some((title) => title.includes('preflight-ignore')), 'a suppression is offered too');
    assert.match(readFileSync(join(root, 'app', 'reports.py'), 'utf8'), /return yaml\.safe_load\(text\)/, 'the edit was applied and saved');
    assert.ok(!seen.after_fix.some((d) => d.code === 'py-unsafe-yaml-load'), 'the fixed finding is gone');
    assert.ok(seen.after_fix.some((d) => d.code === 'py-sql-injection'), 'other findings stay');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
