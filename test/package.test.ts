/**
 * The packaged extension: `vsce package` on the built bundles gives a .vsix under 10 MB that holds
 * the bundles, grammars, rule docs, media, README, LICENSE and CHANGELOG — and no sources, tests,
 * maps or node_modules (.vscodeignore is an allowlist).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import yauzl from 'yauzl';
import { ALL_RULES } from '../rules/index';

const ROOT = join(__dirname, '..');

function entries(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the .vsix holds what the extension needs and nothing else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-vsix-'));
  try {
    const out = join(dir, 'preflight.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    assert.ok(statSync(out).size < 10 * 1024 * 1024, `the .vsix is ${statSync(out).size} bytes`);
    const names = (await entries(out)).filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length));
    for (const required of ['package.json', 'readme.md', 'changelog.md', 'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/re2.wasm', 'schema/preflight.schema.json', 'media/icon.svg', 'media/gates.svg', 'media/report.js', 'media/report.css']) {
      assert.ok(names.includes(required), `missing ${required}`);
    }
    assert.ok(names.some((name) => /^LICENSE(\.txt|\.md)?$/i.test(name)), 'missing LICENSE');
    for (const grammar of ['tree-sitter', 'tree-sitter-javascript', 'tree-sitter-typescript', 'tree-sitter-tsx', 'tree-sitter-python', 'tree-sitter-terraform']) {
      assert.ok(names.includes(`dist/grammars/${grammar}.wasm`), `missing grammar ${grammar}`);
    }
    for (const rule of ALL_RULES) assert.ok(names.includes(`dist/rules/${rule.scanner}/${rule.id}.md`), `missing docs of ${rule.id}`);
    const forbidden = names.filter((name) => /(^|\/)node_modules\/|\.map$|\.ts$|^(client|server|test|rules|bench|scripts|examples)\//.test(name));
    assert.deepEqual(forbidden, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
