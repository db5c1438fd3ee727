/** What VS Code reads from package.json, checked against the code that relies on it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../server/src/engine/config/preflight';
import { SCANNER_IDS, SEVERITIES } from '../server/src/engine/types';
import { DEFAULT_SETTINGS } from '../server/src/shared/settings';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const extensionSource = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');

test('every contributed setting has a scope, a description, and matches the shared settings type', () => {
  const properties = manifest.contributes.configuration[0].properties as Record<string, { scope?: string; description?: string; default?: unknown }>;
  for (const [key, setting] of Object.entries(properties)) {
    assert.ok(setting.scope, `${key} has no scope`);
    assert.ok(setting.description && setting.description.length > 20, `${key} has no description`);
  }
  const flatten = (object: object, prefix: string): Array<[string, unknown]> =>
    Object.entries(object).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]));
  for (const [key, value] of flatten(DEFAULT_SETTINGS, 'preflight.')) {
    assert.deepEqual(properties[key]?.default, value, `${key} default differs from DEFAULT_SETTINGS`);
  }
  for (const tool of ['gitleaks', 'checkov']) {
    assert.equal(properties[`preflight.${tool}.path`].scope, 'machine', 'a workspace must not choose which binary runs');
    for (const setting of ['path', 'enable']) {
      assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes(`preflight.${tool}.${setting}`), `preflight.${tool}.${setting} is restricted`);
    }
  }
  // Dependency audits use the network: the user opts in for the machine, never a workspace, and never by default.
  assert.equal(properties['preflight.depsAudit.enable'].scope, 'machine');
  assert.equal(properties['preflight.depsAudit.enable'].default, false);
});

test('every contributed command is registered by the client, and the other way round', () => {
  const contributed = (manifest.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
  const registered = [...extensionSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, contributed);
  assert.ok(manifest.contributes.commands.some((c: { title: string; category: string }) => `${c.category}: ${c.title}` === 'Preflight: Run Pipeline Gates Locally'));
});

test('activation, untrusted workspaces and entry points are declared', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.deepEqual(manifest.bin, { preflight: 'dist/cli.js' });
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  for (const language of ['javascript', 'typescript', 'python', 'terraform', 'yaml', 'dockerfile']) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`));
  assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.tf'));
});

test('the preflight.yml JSON schema describes what the parser accepts', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'preflight.schema.json'), 'utf8'));
  const gate = schema.properties.gates.additionalProperties;
  assert.deepEqual(gate.properties.scanners.items.enum, [...SCANNER_IDS]);
  assert.deepEqual(gate.properties['fail-on'].enum, [...SEVERITIES]);
  // A document using every key the schema lists parses without error.
  const sample = `version: 1\ngates:\n  g:\n${Object.keys(gate.properties).map((key) => `    ${key}: ${key === 'scanners' ? '[sast]' : key === 'fail-on' ? 'high' : key === 'mode' ? 'soft' : 'build'}`).join('\n')}\nexclude: []\nmax-file-size-kb: 10\n`;
  assert.deepEqual(Object.keys(schema.properties).sort(), ['checkov-config', 'deps-advisories', 'exclude', 'gates', 'gitleaks-config', 'max-file-size-kb', 'version']);
  assert.equal(parseConfig(sample, 'preflight.yml').gates[0].mode, 'soft');
});
