/** The boundaries of DESIGN.md, checked: the engine knows nothing of LSP or VS Code; the client does no analysis. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);

test('the engine and the rules import neither vscode nor vscode-languageserver', () => {
  for (const file of [...sources(join(ROOT, 'server', 'src', 'engine')), ...sources(join(ROOT, 'rules')).filter((f) => !f.includes(`${'/'}cases${'/'}`))]) {
    for (const specifier of imports(file)) {
      assert.ok(!/^vscode(-languageserver|-languageclient)?(\/|$)/.test(specifier), `${relative(ROOT, file)} imports ${specifier}`);
      assert.ok(!specifier.includes('/lsp/') && !specifier.includes('/cli/'), `${relative(ROOT, file)} reaches into ${specifier}`);
    }
  }
});

test('the client imports no engine code (only shared protocol and settings, and its own modules)', () => {
  const client = join(ROOT, 'client', 'src');
  for (const file of sources(client)) {
    for (const specifier of imports(file).filter((s) => s.startsWith('.'))) {
      const target = relative(ROOT, join(dirname(file), specifier)).split(sep).join('/');
      assert.ok(target.startsWith('server/src/shared/') || target.startsWith('client/src/'), `${relative(ROOT, file)} imports ${specifier}`);
    }
  }
});
