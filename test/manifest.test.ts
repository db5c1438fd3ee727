/** What VS Code reads from package.json, checked against the code that relies on it. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../server/src/engine/config/preflight';
import { SCANNER_IDS, SEVERITIES } from '../server/src/engine/types';
import { DEFAULT_SETTINGS } from '../server/src/shared/settings';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// Every client source: commands may be registered next to the view or panel they belong to.
const clientSource = readdirSync(join(ROOT, 'client', 'src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(join(ROOT, 'client', 'src', name), 'utf8'))
  .join('\n');

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
  const registered = [...clientSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
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

test('views, menus and the welcome content refer to what exists; commands that need an argument are not in the palette', () => {
  const { commands, menus, views, viewsContainers, viewsWelcome } = manifest.contributes;
  const ids = new Set((commands as Array<{ command: string }>).map((command) => command.command));
  const containers = (viewsContainers.activitybar as Array<{ id: string; icon: string }>);
  for (const container of containers) assert.ok(existsSync(join(ROOT, container.icon)), `the icon of view container ${container.id} is in the package`);
  const viewIds = new Set<string>();
  for (const [container, list] of Object.entries(views as Record<string, Array<{ id: string; icon?: string }>>)) {
    assert.ok(['explorer', 'scm', 'debug', 'test'].includes(container) || containers.some((candidate) => candidate.id === container), `views of unknown container ${container}`);
    for (const view of list) viewIds.add(view.id);
  }
  assert.ok(viewIds.has('preflight.gates'), 'the Pipeline Gates view');
  assert.ok(manifest.activationEvents.includes('onView:preflight.gates'));
  for (const [menu, entries] of Object.entries(menus as Record<string, Array<{ command: string; when?: string }>>)) {
    for (const entry of entries) {
      assert.ok(ids.has(entry.command), `${menu} names ${entry.command}, which is not contributed`);
      const view = /view == ([\w.]+)/.exec(entry.when ?? '')?.[1];
      if (menu.startsWith('view/')) assert.ok(view && viewIds.has(view), `${menu} entry ${entry.command} names no contributed view: ${entry.when}`);
    }
  }
  // Commands run from a tree item get the item (or a location) as their argument: useless from the palette.
  const hidden = (menus.commandPalette as Array<{ command: string; when: string }>).filter((entry) => entry.when === 'false').map((entry) => entry.command).sort();
  assert.deepEqual(hidden, ['preflight.gates.openOrigin', 'preflight.openLocation']);
  for (const welcome of viewsWelcome as Array<{ view: string; contents: string }>) {
    assert.ok(viewIds.has(welcome.view));
    for (const [, command] of welcome.contents.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(ids.has(command), `welcome links ${command}`);
  }
  // The filter toggle shows one of its two commands at a time.
  const toggles = (menus['view/title'] as Array<{ command: string; when: string }>).filter((entry) => /showNewOnly|showAllFindings/.test(entry.command));
  assert.deepEqual(toggles.map((entry) => /!preflight\.gates\.newOnly/.test(entry.when)), [true, false]);
});
