/**
 * The SBOM (Build stage): CycloneDX 1.6 JSON built from the lock files, checked against the
 * CycloneDX schema by the library's strict validator; purls and bom-refs; development-only
 * packages; de-duplication; the dependency graph; byte-for-byte determinism; `preflight sbom`
 * end to end; and the language server's `preflight/generateSbom` request.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { version } from '../package.json';
import { buildSbom, declaredDependencies, integrityHashes, LOCKFILE_PROPERTY, packageUrl, projectIdentity, serialiseSbom, timestampFromEnvironment, type SbomSource } from '../server/src/engine/sbom';
import { isLockfile, LockfileError } from '../server/src/engine/scanners/deps/lockfiles';
import { GENERATE_SBOM_REQUEST, type GenerateSbomResult } from '../server/src/shared/protocol';
import { TestClient } from './support/lsp-client';
import { makeWorkspace } from './support/workspace';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(__dirname, 'fixtures', 'lockfiles');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const FIXED = new Date('2024-05-01T12:00:00.000Z');

/** A workspace's lock files: an npm project at the root, a Poetry service and a Pipenv tool below it. */
const SOURCES: SbomSource[] = [
  { file: 'package-lock.json', text: fixture('npm-v3/package-lock.json') },
  { file: 'services/billing/poetry.lock', text: fixture('poetry/poetry.lock') },
  { file: 'tools/Pipfile.lock', text: fixture('pipenv/Pipfile.lock') },
  { file: 'web/pnpm-lock.yaml', text: fixture('pnpm-v9/pnpm-lock.yaml') },
];

interface CdxComponent {
  type: string;
  hashes?: Array<{ alg: string; content: string }>;
  externalReferences?: Array<{ type: string; url: string }>;
  name: string;
  group?: string;
  version: string;
  purl: string;
  'bom-ref': string;
  scope: string;
  properties: Array<{ name: string; value: string }>;
}
interface CdxBom {
  specVersion: string;
  metadata: { timestamp: string; tools: { components: Array<{ name: string; version: string }> }; component: { name: string; group?: string; version?: string; purl?: string; 'bom-ref': string } };
  components: CdxComponent[];
  dependencies: Array<{ ref: string; dependsOn?: string[] }>;
}

function sbomText(sources = SOURCES, includeDev = false): string {
  const { bom } = buildSbom(sources, { project: { name: '@acme/web-shop', version: '1.4.0', ecosystem: 'npm' }, toolVersion: version, includeDev, timestamp: FIXED });
  return serialiseSbom(bom);
}

/** Fails (never passes) when the validator cannot load ajv and its format plugins. */
async function assertValidCycloneDx(text: string): Promise<void> {
  const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
  assert.equal(errors, null, `CycloneDX 1.6 schema violations: ${JSON.stringify(errors, null, 1)?.slice(0, 2000)}`);
}

const byPurl = (bom: CdxBom, purl: string) => {
  const found = bom.components.find((component) => component.purl === purl);
  assert.ok(found, `${purl} among ${bom.components.map((component) => component.purl).join(', ')}`);
  return found;
};

describe('SBOM from lock files', () => {
  it('is valid CycloneDX 1.6 JSON by the schema (strict), with and without development packages', async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    // The validator must really validate: a wrong component type is rejected.
    const broken = sbomText().replace('"type": "library"', '"type": "librar"');
    assert.notEqual(await validator.validate(broken), null, 'a schema violation is detected');
    await assertValidCycloneDx(sbomText());
    await assertValidCycloneDx(sbomText(SOURCES, true));
    // Every lock file format at once, development packages included.
    const everyFormat = readdirSync(FIXTURES).flatMap((folder) =>
      readdirSync(join(FIXTURES, folder))
        .filter((name) => isLockfile(name))
        .map((name) => ({ file: `${folder}/${name}`, text: fixture(`${folder}/${name}`) })),
    );
    assert.equal(everyFormat.length, 10);
    await assertValidCycloneDx(sbomText(everyFormat, true));
    const bom = JSON.parse(sbomText()) as CdxBom;
    assert.equal(bom.specVersion, '1.6');
    assert.equal(bom.metadata.timestamp, '2024-05-01T12:00:00.000Z');
    assert.deepEqual(bom.metadata.tools.components.map((tool) => [tool.name, tool.version]), [['Preflight', version]]);
    assert.deepEqual(
      { name: bom.metadata.component.name, group: bom.metadata.component.group, purl: bom.metadata.component.purl },
      { name: 'web-shop', group: '@acme', purl: 'pkg:npm/%40acme/web-shop@1.4.0' },
    );
  });

  it('purls per the purl spec, bom-ref = purl, npm scope as group, PyPI names as declared', () => {
    const bom = JSON.parse(sbomText(SOURCES, true)) as CdxBom;
    for (const component of bom.components) {
      assert.equal(component['bom-ref'], component.purl);
      assert.equal(component.type, 'library');
    }
    const types = byPurl(bom, 'pkg:npm/%40types/node@20.11.0');
    assert.deepEqual([types.group, types.name, types.version], ['@types', 'node', '20.11.0']);
    assert.equal(byPurl(bom, 'pkg:pypi/django@5.0.1').name, 'Django');
    assert.equal(byPurl(bom, 'pkg:pypi/zope.interface@6.1').name, 'zope.interface', 'purl keeps the dot, lower-cases');
    assert.equal(packageUrl('PyPI', 'Typing_Extensions', '4.9.0'), 'pkg:pypi/typing-extensions@4.9.0');
    assert.equal(packageUrl('npm', '@scope/name', '1.0.0-rc.1+build.5'), 'pkg:npm/%40scope/name@1.0.0-rc.1%2Bbuild.5');
    assert.equal(packageUrl('npm', 'left-pad'), 'pkg:npm/left-pad');
  });

  it('the archive: integrity as hashes (hex), the http(s) download as distribution reference', () => {
    const bom = JSON.parse(sbomText([...SOURCES, { file: 'web/yarn.lock', text: fixture('yarn-classic/yarn.lock') }])) as CdxBom;
    const debug = byPurl(bom, 'pkg:npm/debug@2.6.9');
    const sri = 'bC7ElrdJaJnPbAP+1EotYvqZsb3ecl5wi6Bfi6BJTUcNowp6cvspg0jXznRTKDjm/E7AdgFBVeAPVMNcKGsHMA==';
    assert.deepEqual(debug.hashes, [{ alg: 'SHA-512', content: Buffer.from(sri, 'base64').toString('hex') }]);
    assert.deepEqual(debug.externalReferences, [{ type: 'distribution', url: 'https://registry.npmjs.org/debug/-/debug-2.6.9.tgz' }]);
    assert.deepEqual(byPurl(bom, 'pkg:npm/chalk@2.4.2').externalReferences, [{ type: 'distribution', url: 'https://registry.yarnpkg.com/chalk/-/chalk-2.4.2.tgz' }], "Yarn's #sha1 fragment dropped");
    assert.equal(byPurl(bom, 'pkg:npm/react@18.2.0').hashes?.[0].alg, 'SHA-512', 'pnpm resolution.integrity');
    assert.equal(byPurl(bom, 'pkg:pypi/requests@2.31.0').hashes, undefined, 'Pipfile.lock hashes are per file, not per package');
    assert.deepEqual([...integrityHashes('sha1-AAAA sha512-//8= md5-xyz')], [['SHA-1', '000000'], ['SHA-512', 'ffff']]);
  });

  it('development-only packages are left out by default; --include-dev lists them with scope excluded', () => {
    const production = JSON.parse(sbomText()) as CdxBom;
    const purls = production.components.map((component) => component.purl);
    for (const dev of ['pkg:npm/%40types/node@20.11.0', 'pkg:npm/undici-types@5.26.5', 'pkg:pypi/pytest@8.0.0', 'pkg:pypi/black@23.12.1', 'pkg:npm/esbuild@0.19.12', 'pkg:npm/%40testing-library/react@14.1.2']) {
      assert.ok(!purls.includes(dev), `${dev} is development-only`);
    }
    assert.equal(byPurl(production, 'pkg:npm/debug@2.6.9').scope, 'required');
    assert.equal(byPurl(production, 'pkg:npm/fsevents@2.3.3').scope, 'optional');
    assert.equal(byPurl(production, 'pkg:pypi/zope.interface@6.1').scope, 'required', 'in the main and dev groups: ships');
    const all = JSON.parse(sbomText(SOURCES, true)) as CdxBom;
    assert.equal(byPurl(all, 'pkg:npm/%40types/node@20.11.0').scope, 'excluded');
    assert.equal(byPurl(all, 'pkg:pypi/black@23.12.1').scope, 'excluded');
    assert.equal(all.components.length - production.components.length, 6);
  });

  it('one component per purl across lock files, naming every lock file it came from', () => {
    const bom = JSON.parse(sbomText([...SOURCES, { file: 'legacy/package-lock.json', text: fixture('npm-v1/package-lock.json') }])) as CdxBom;
    const purls = bom.components.map((component) => component.purl);
    assert.equal(new Set(purls).size, purls.length);
    const debug = byPurl(bom, 'pkg:npm/debug@2.6.9');
    assert.deepEqual(debug.properties, [
      { name: LOCKFILE_PROPERTY, value: 'legacy/package-lock.json' },
      { name: LOCKFILE_PROPERTY, value: 'package-lock.json' },
    ]);
    // Listed in Pipfile.lock's default and develop sections: one component, and it ships.
    const typing = bom.components.filter((component) => component.name === 'typing-extensions');
    assert.equal(typing.length, 1);
    assert.equal(typing[0].scope, 'required');
    assert.deepEqual(byPurl(bom, 'pkg:npm/react@18.2.0').properties, [{ name: LOCKFILE_PROPERTY, value: 'web/pnpm-lock.yaml' }]);
  });

  it('dependency graph: the project → its direct dependencies, packages → theirs, only known refs', () => {
    const bom = JSON.parse(sbomText()) as CdxBom;
    const refs = new Set([bom.metadata.component['bom-ref'], ...bom.components.map((component) => component['bom-ref'])]);
    const dependsOn = (ref: string) => bom.dependencies.find((entry) => entry.ref === ref)?.dependsOn ?? [];
    for (const entry of bom.dependencies) for (const target of entry.dependsOn ?? []) assert.ok(refs.has(target), `${entry.ref} → unknown ${target}`);
    // Direct: npm root entry (dev @types/node left out) and pnpm's root importer.
    assert.deepEqual(dependsOn('pkg:npm/%40acme/web-shop@1.4.0'), [
      'pkg:npm/debug@2.6.9',
      'pkg:npm/fsevents@2.3.3',
      'pkg:npm/ms@2.1.3',
      'pkg:npm/react-dom@18.2.0',
      'pkg:npm/react@18.2.0',
    ]);
    assert.deepEqual(dependsOn('pkg:npm/debug@2.6.9'), ['pkg:npm/ms@2.0.0'], 'the nested copy, as Node resolves it');
    assert.deepEqual(dependsOn('pkg:pypi/django@5.0.1'), ['pkg:pypi/asgiref@3.7.2', 'pkg:pypi/sqlparse@0.4.4']);
  });

  it('where the lock file does not record the direct dependencies, the manifest beside it does', () => {
    const sources: SbomSource[] = [
      { file: 'web/yarn.lock', text: fixture('yarn-classic/yarn.lock') },
      { file: 'billing/poetry.lock', text: fixture('poetry/poetry.lock') },
      { file: 'tools/Pipfile.lock', text: fixture('pipenv/Pipfile.lock') },
      { file: 'legacy/package-lock.json', text: fixture('npm-v1/package-lock.json') },
    ];
    const manifests = new Map([
      ['web/package.json', fixture('yarn-classic/package.json')],
      ['billing/pyproject.toml', fixture('poetry/pyproject.toml')],
      ['tools/Pipfile', fixture('pipenv/Pipfile')],
      ['legacy/package.json', '{"dependencies": {"debug": "^2.6.9", "string-width-cjs": "npm:string-width@^4.2.3"}, "devDependencies": {"mocha": "^10.2.0"}}'],
    ]);
    const project = { name: 'monorepo' };
    const direct = (includeDev: boolean) => {
      const bom = JSON.parse(serialiseSbom(buildSbom(sources, { project, toolVersion: version, timestamp: FIXED, manifests, includeDev }).bom)) as CdxBom;
      return bom.dependencies.find((entry) => entry.ref === 'monorepo')?.dependsOn;
    };
    assert.deepEqual(direct(false), [
      'pkg:npm/%40babel/code-frame@7.22.13',
      'pkg:npm/debug@2.6.9',
      'pkg:npm/string-width@4.2.3',
      'pkg:pypi/django@5.0.1',
      'pkg:pypi/requests@2.31.0',
    ]);
    assert.deepEqual(direct(true), [
      'pkg:npm/%40babel/code-frame@7.22.13',
      'pkg:npm/debug@2.6.9',
      'pkg:npm/mocha@10.2.0',
      'pkg:npm/string-width@4.2.3',
      'pkg:pypi/black@23.12.1',
      'pkg:pypi/django@5.0.1',
      'pkg:pypi/pytest@8.0.0',
      'pkg:pypi/requests@2.31.0',
    ]);
    assert.deepEqual(
      declaredDependencies('pyproject.toml', '[project]\ndependencies = ["requests[socks] >=2.31; python_version > \'3.8\'", "Flask"]\n[dependency-groups]\ntest = ["pytest>=8"]\n'),
      [['requests', ''], ['Flask', ''], ['pytest', '']],
    );
    assert.throws(() => buildSbom(sources, { project, toolVersion: version, manifests: new Map([['tools/Pipfile', '[packages\n']]) }), /^LockfileError: tools\/Pipfile:1: not valid TOML/);
  });

  it('is deterministic: the same lock files in any order give the same bytes', () => {
    const first = sbomText();
    assert.equal(sbomText([...SOURCES].reverse()), first);
    assert.equal(sbomText(SOURCES.map((source) => ({ ...source, text: `\uFEFF${source.text.replace(/\n/g, '\r\n')}` }))), first, 'CRLF and a BOM change nothing');
  });

  it('a malformed lock file stops the SBOM with its file and line', () => {
    const broken: SbomSource = { file: 'api/yarn.lock', text: 'a@^1.0.0:\n  version "1.0.0"\n\nnot yarn at all\n' };
    assert.throws(() => buildSbom([...SOURCES, broken], { project: { name: 'x' }, toolVersion: version }), (error: unknown) => {
      assert.ok(error instanceof LockfileError);
      assert.match(error.message, /^api\/yarn\.lock:4: unexpected line/);
      return true;
    });
  });

  it('the project: package.json, else pyproject.toml ([project], then [tool.poetry]), else the folder; a broken manifest is an error', () => {
    assert.deepEqual(projectIdentity({ 'package.json': '\uFEFF{"name": "@acme/api", "version": "2.0.0"}', 'pyproject.toml': fixture('poetry/pyproject.toml') }, 'folder'), {
      name: '@acme/api',
      version: '2.0.0',
      ecosystem: 'npm',
    });
    assert.deepEqual(projectIdentity({ 'pyproject.toml': fixture('poetry/pyproject.toml') }, 'folder'), { name: 'Billing_Service', version: '2.1.0', ecosystem: 'PyPI' });
    assert.deepEqual(projectIdentity({ 'pyproject.toml': '[project]\nname = "svc"\nversion = "0.1"\n[tool.poetry]\nname = "other"\n' }, 'folder'), { name: 'svc', version: '0.1', ecosystem: 'PyPI' });
    assert.deepEqual(projectIdentity({ 'package.json': '{"private": true}' }, 'my folder'), { name: 'my folder' });
    assert.throws(() => projectIdentity({ 'package.json': '{\n  "name": "a",\n  "version": 1.0.0\n}' }, 'f'), /^LockfileError: package\.json:3: not valid JSON/);
    assert.throws(() => projectIdentity({ 'pyproject.toml': '[project]\nname = \n' }, 'f'), /^LockfileError: pyproject\.toml:2: not valid TOML/);
    const bom = JSON.parse(serialiseSbom(buildSbom(SOURCES, { project: { name: 'plain folder' }, toolVersion: version, timestamp: FIXED }).bom)) as CdxBom;
    assert.deepEqual(bom.metadata.component, { type: 'application', name: 'plain folder', 'bom-ref': 'plain folder' });
  });

  it('SOURCE_DATE_EPOCH fixes the timestamp; a malformed one is an error', () => {
    assert.equal(timestampFromEnvironment({ SOURCE_DATE_EPOCH: '1714564800' })?.toISOString(), '2024-05-01T12:00:00.000Z');
    assert.equal(timestampFromEnvironment({}), undefined);
    assert.throws(() => timestampFromEnvironment({ SOURCE_DATE_EPOCH: '2024-05-01' }), /whole number of seconds/);
  });
});

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: '1714564800', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project with an npm lock file at the root, a Poetry service, and an excluded folder holding a broken lock file. */
function fixtureWorkspace(extra: Record<string, string> = {}) {
  return makeWorkspace({
    'package.json': fixture('npm-v3/package.json'),
    'package-lock.json': fixture('npm-v3/package-lock.json'),
    'services/billing/poetry.lock': fixture('poetry/poetry.lock'),
    'vendor/old/yarn.lock': 'this is not a lock file\n',
    'node_modules/ms/package-lock.json': '{ broken',
    'preflight.yml': 'version: 1\nexclude:\n  - vendor/**\n',
    ...extra,
  });
}

describe('preflight sbom', () => {
  it('writes a valid SBOM to --output, honours exclusions, summarises on stderr, reproducible with SOURCE_DATE_EPOCH', async () => {
    const workspace = fixtureWorkspace();
    try {
      const first = run(['sbom', workspace.root, '-o', workspace.path('reports/bom é.json')]);
      assert.equal(first.code, 0, first.stderr);
      const { code, stdout, stderr } = run(['sbom', workspace.root, '--output', workspace.path('bom.json')]);
      assert.equal(code, 0, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr, `preflight sbom: 8 component(s) (4 npm, 4 PyPI) from 2 lock file(s): package-lock.json, services/billing/poetry.lock; 3 development-only left out (--include-dev to list them) → ${workspace.path('bom.json')}\n`);
      const text = readFileSync(workspace.path('bom.json'), 'utf8');
      await assertValidCycloneDx(text);
      const bom = JSON.parse(text) as CdxBom;
      assert.equal(bom.metadata.timestamp, '2024-05-01T12:00:00.000Z');
      assert.equal(bom.metadata.component.purl, 'pkg:npm/%40acme/web-shop@1.4.0');
      assert.equal(readFileSync(workspace.path('reports/bom é.json'), 'utf8'), text, 'same input, same bytes');
      const unwritable = run(['sbom', workspace.root, '-o', workspace.path('package.json/bom.json')]);
      assert.equal(unwritable.code, 2);
      assert.match(unwritable.stderr, /^preflight sbom: could not write .*package\.json\/bom\.json: /);
    } finally {
      workspace.dispose();
    }
  });

  it('writes to standard output; --include-dev adds the development packages', () => {
    const workspace = fixtureWorkspace();
    try {
      const plain = run(['sbom', workspace.root]);
      const withDev = run(['sbom', workspace.root, '--include-dev']);
      assert.equal(plain.code, 0, plain.stderr);
      assert.equal(withDev.code, 0, withDev.stderr);
      assert.equal((JSON.parse(withDev.stdout) as CdxBom).components.length - (JSON.parse(plain.stdout) as CdxBom).components.length, 3);
      assert.match(withDev.stderr, /11 component\(s\) \(6 npm, 5 PyPI\)/);
      assert.doesNotMatch(withDev.stderr, /left out/);
    } finally {
      workspace.dispose();
    }
  });

  it('a malformed lock file: exit 2, the file and line, nothing written', () => {
    const workspace = fixtureWorkspace({ 'api/pnpm-lock.yaml': "lockfileVersion: '9.0'\n\npackages:\n\n  broken: {}\n" });
    try {
      const { code, stdout, stderr } = run(['sbom', workspace.root, '--output', workspace.path('bom.json')]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^preflight sbom: not written, because api\/pnpm-lock\.yaml:5: package key broken has no version\n$/);
      assert.ok(!existsSync(workspace.path('bom.json')));
    } finally {
      workspace.dispose();
    }
  });

  it('no lock file: exit 2 with a clear message; a bad SOURCE_DATE_EPOCH: exit 2', () => {
    const workspace = makeWorkspace({ 'src/app.js': 'console.log(1);\n', 'vendor/yarn.lock': 'x', 'preflight.yml': 'version: 1\nexclude: [vendor/**]\n' });
    try {
      const empty = run(['sbom', workspace.root]);
      assert.equal(empty.code, 2);
      assert.equal(empty.stdout, '');
      assert.match(empty.stderr, /^preflight sbom: no lock file under .*\(looked for package-lock\.json, npm-shrinkwrap\.json, yarn\.lock, pnpm-lock\.yaml, poetry\.lock, Pipfile\.lock/);
      const badEpoch = run(['sbom', workspace.root], { SOURCE_DATE_EPOCH: 'yesterday' });
      assert.equal(badEpoch.code, 2);
      assert.match(badEpoch.stderr, /SOURCE_DATE_EPOCH must be a whole number of seconds/);
    } finally {
      workspace.dispose();
    }
  });

  it('is listed in the help', () => {
    const { code, stdout } = run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^ {2}sbom {7}write a CycloneDX 1\.6 SBOM/m);
  });
});

describe('language server: preflight/generateSbom', () => {
  const workspace = fixtureWorkspace();
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root, env: { ...process.env, SOURCE_DATE_EPOCH: '1714564800' } });
  });
  after(async () => {
    await client.stop();
    workspace.dispose();
  });

  it('returns the same SBOM text as the CLI, with its summary', async () => {
    const result = (await client.connection.sendRequest(GENERATE_SBOM_REQUEST, {})) as GenerateSbomResult;
    assert.equal(result.folderUri, pathToFileURL(workspace.root).toString());
    assert.deepEqual(result.lockfiles, ['package-lock.json', 'services/billing/poetry.lock']);
    assert.match(result.summary, /^8 component\(s\) \(4 npm, 4 PyPI\) from 2 lock file\(s\)/);
    await assertValidCycloneDx(result.text);
    assert.equal(result.text, run(['sbom', workspace.root]).stdout);
    // The folder spelled without percent-escapes (the workspace path has a space and an é) is the same folder.
    const withDev = (await client.connection.sendRequest(GENERATE_SBOM_REQUEST, { folderUri: decodeURI(result.folderUri), includeDev: true })) as GenerateSbomResult;
    assert.equal(withDev.folderUri, result.folderUri);
    assert.equal((JSON.parse(withDev.text) as CdxBom).components.length, 11);
  });

  it('fails with the file and line of a malformed lock file, and for an unknown folder', async () => {
    const folderUri = pathToFileURL(workspace.root).toString();
    const brokenPath = workspace.path('tools/Pipfile.lock');
    const { mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    mkdirSync(workspace.path('tools'), { recursive: true });
    writeFileSync(brokenPath, '{\n  "default": {\n    "a": {"version": "==1.0"}\n  }\n  "develop": {}\n}\n');
    try {
      await assert.rejects(client.connection.sendRequest(GENERATE_SBOM_REQUEST, { folderUri }), (error: unknown) => {
        assert.ok(error instanceof ResponseError, String(error));
        assert.equal(error.message, 'SBOM not generated: tools/Pipfile.lock:5: not valid JSON');
        assert.deepEqual(error.data, { file: 'tools/Pipfile.lock', line: 4 });
        return true;
      });
    } finally {
      rmSync(brokenPath);
    }
    await assert.rejects(client.connection.sendRequest(GENERATE_SBOM_REQUEST, { folderUri: 'file:///elsewhere' }), /name one of the workspace folders/);
  });
});
