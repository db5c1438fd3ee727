// Builds the three bundles (client, server, CLI) and copies what they load at run time:
// the tree-sitter runtime and grammar .wasm files, and each rule's documentation.
// Usage: node esbuild.mjs [--watch] [--production]
import { context } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const dist = join(root, 'dist');

const GRAMMARS = [
  'web-tree-sitter/tree-sitter.wasm',
  'tree-sitter-javascript/tree-sitter-javascript.wasm',
  'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-typescript/tree-sitter-tsx.wasm',
  'tree-sitter-python/tree-sitter-python.wasm',
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
];

function copyAssets() {
  mkdirSync(join(dist, 'grammars'), { recursive: true });
  // RE2 (Go-compatible patterns from .gitleaks.toml) loads its .wasm from the bundle's own folder.
  copyFileSync(require.resolve('re2-wasm/build/wasm/re2.wasm'), join(dist, 're2.wasm'));
  for (const grammar of GRAMMARS) {
    const source = require.resolve(grammar);
    copyFileSync(source, join(dist, 'grammars', grammar.split('/').pop()));
  }
  for (const scanner of readdirSync(join(root, 'rules'), { withFileTypes: true })) {
    if (!scanner.isDirectory()) continue;
    for (const rule of readdirSync(join(root, 'rules', scanner.name), { withFileTypes: true })) {
      const docs = join(root, 'rules', scanner.name, rule.name, 'README.md');
      if (!rule.isDirectory() || !existsSync(docs)) continue;
      mkdirSync(join(dist, 'rules', scanner.name), { recursive: true });
      copyFileSync(docs, join(dist, 'rules', scanner.name, `${rule.name}.md`));
    }
  }
}

// Optional peers of @cyclonedx/cyclonedx-library that Preflight does not install (XML output and
// validation, purl parsing): the library loads them lazily inside try/catch, so leave them out.
const CYCLONEDX_OPTIONAL = ['xmlbuilder2', 'libxmljs2', 'packageurl-js'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build requires files at run time that a bundle does not have; take its ESM build.
  mainFields: ['module', 'main'],
  external: CYCLONEDX_OPTIONAL,
  // The ESM build of web-tree-sitter relies on import.meta, which CJS output silently breaks.
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter').replace(/tree-sitter\.js$/, 'tree-sitter.cjs') },
};

if (!watch) rmSync(dist, { recursive: true, force: true });
copyAssets();

const builds = [
  { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode', ...CYCLONEDX_OPTIONAL] },
  { entryPoints: { server: 'server/src/lsp/main.ts' } },
  { entryPoints: { cli: 'server/src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
];

const contexts = await Promise.all(builds.map((build) => context({ ...common, ...build, outdir: dist })));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
