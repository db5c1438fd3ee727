/**
 * Lock files as the deps gate and the SBOM read them: every format on small realistic fixtures
 * (test/fixtures/lockfiles), the line of each entry, development-only packages, the dependency
 * edges, CRLF + BOM, and malformed files reported with their line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isLockfile, LockfileError, parseLockfile, type Lockfile, type LockedPackage } from '../../server/src/engine/scanners/deps/lockfiles';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lockfiles');

function fixture(path: string): { file: string; text: string } {
  return { file: path.split('/').pop()!, text: readFileSync(join(FIXTURES, path), 'utf8') };
}

function parse(path: string): Lockfile {
  const { file, text } = fixture(path);
  return parseLockfile(file, text);
}

const id = (locked: LockedPackage) => `${locked.name}@${locked.version}`;
const ids = (list: readonly LockedPackage[] | undefined) => (list ?? []).map(id).sort();
const find = (lockfile: Lockfile, name: string, version?: string) => {
  const found = lockfile.packages.find((locked) => locked.name === name && (version === undefined || locked.version === version));
  assert.ok(found, `${name}@${version ?? '*'} among ${ids(lockfile.packages).join(', ')}`);
  return found;
};
const edges = (lockfile: Lockfile, from: LockedPackage) => ids(lockfile.dependencies?.get(from));
const devIds = (lockfile: Lockfile) => ids(lockfile.packages.filter((locked) => locked.dev));

/** Each package's line is the line of its entry: it holds the name the lock file wrote (the line after, for Poetry's `[[package]]`). */
function assertLines(path: string, lockfile: Lockfile, offset = 0): void {
  const lines = fixture(path).text.split('\n');
  for (const locked of lockfile.packages) {
    const text = lines[locked.line + offset] ?? '';
    assert.ok(text.includes(locked.declaredName ?? locked.name), `${id(locked)} at line ${locked.line + 1}: ${text}`);
  }
}

function assertLockfileError(file: string, text: string, line: number, message: RegExp): void {
  assert.throws(
    () => parseLockfile(file, text),
    (error: unknown) => {
      assert.ok(error instanceof LockfileError, String(error));
      assert.equal(error.file, file);
      assert.equal(error.line, line, error.message);
      assert.match(error.message, message);
      assert.ok(error.message.startsWith(`${file}:${line + 1}: `), error.message);
      return true;
    },
  );
}

describe('npm package-lock.json', () => {
  it('v3: install paths, scoped and nested packages, dev and optional flags, workspace members left out', () => {
    const lockfile = parse('npm-v3/package-lock.json');
    assert.deepEqual(ids(lockfile.packages), ['@types/node@20.11.0', 'debug@2.6.9', 'fsevents@2.3.3', 'ms@2.0.0', 'ms@2.1.3', 'undici-types@5.26.5']);
    assert.deepEqual(devIds(lockfile), ['@types/node@20.11.0', 'undici-types@5.26.5']);
    const fsevents = find(lockfile, 'fsevents');
    assert.equal(fsevents.dev, false, 'devOptional ships as an optional dependency of production code');
    assert.equal(fsevents.optional, true);
    assert.equal(fsevents.hasInstallScript, true);
    assert.equal(find(lockfile, 'debug').resolved, 'https://registry.npmjs.org/debug/-/debug-2.6.9.tgz');
    assert.match(find(lockfile, 'debug').integrity ?? '', /^sha512-bC7Elrd/);
    assertLines('npm-v3/package-lock.json', lockfile);
  });

  it('v3: edges follow Node resolution (a nested copy wins), root entry gives the direct dependencies', () => {
    const lockfile = parse('npm-v3/package-lock.json');
    assert.deepEqual(edges(lockfile, find(lockfile, 'debug')), ['ms@2.0.0']);
    assert.deepEqual(edges(lockfile, find(lockfile, '@types/node')), ['undici-types@5.26.5']);
    assert.deepEqual(ids(lockfile.direct), ['@types/node@20.11.0', 'debug@2.6.9', 'fsevents@2.3.3', 'ms@2.1.3'], 'the linked workspace member is not a package');
    assert.deepEqual(lockfile.manifestSpecs?.get('debug'), ['^2.6.9']);
  });

  it('v1: nested dependencies, requires resolved up the nesting, aliases under their real name', () => {
    const lockfile = parse('npm-v1/package-lock.json');
    assert.deepEqual(ids(lockfile.packages), ['@sindresorhus/is@0.14.0', 'debug@2.6.9', 'mocha@10.2.0', 'ms@2.0.0', 'ms@2.1.3', 'string-width@4.2.3']);
    assert.deepEqual(devIds(lockfile), ['mocha@10.2.0']);
    assert.deepEqual(edges(lockfile, find(lockfile, 'debug')), ['ms@2.0.0']);
    assert.deepEqual(edges(lockfile, find(lockfile, 'mocha')), ['ms@2.1.3']);
    assert.equal(lockfile.direct, undefined, 'v1 does not record the root manifest');
    assert.equal(lockfile.resolveManifestDependency?.('ms', '^2.1.0'), find(lockfile, 'ms', '2.1.3'), 'the top-level copy, not the nested one');
    assertLines('npm-v1/package-lock.json', lockfile);
  });

  it('npm-shrinkwrap.json is read like package-lock.json', () => {
    const { text } = fixture('npm-v3/package-lock.json');
    assert.deepEqual(ids(parseLockfile('npm-shrinkwrap.json', text).packages), ids(parse('npm-v3/package-lock.json').packages));
    assert.ok(isLockfile('sub/dir/npm-shrinkwrap.json') && isLockfile('Pipfile.lock') && !isLockfile('package.json'));
  });
});

describe('yarn.lock', () => {
  it('classic: multi-descriptor keys, scoped names, aliases under their real name, dependency edges', () => {
    const lockfile = parse('yarn-classic/yarn.lock');
    assert.deepEqual(ids(lockfile.packages), ['@babel/code-frame@7.22.13', '@babel/highlight@7.22.20', 'chalk@2.4.2', 'string-width@4.2.3']);
    assert.deepEqual(edges(lockfile, find(lockfile, '@babel/code-frame')), ['@babel/highlight@7.22.20', 'chalk@2.4.2']);
    assert.deepEqual(lockfile.manifestSpecs?.get('@babel/code-frame'), ['^7.0.0', '^7.22.13']);
    assert.match(find(lockfile, 'chalk').resolved ?? '', /^https:\/\/registry\.yarnpkg\.com\/chalk\//);
    assert.match(find(lockfile, 'chalk').integrity ?? '', /^sha512-Mti\+f9/);
    // No root entry: the manifest's `name@range` finds the locked package, also through an alias.
    assert.equal(lockfile.direct, undefined);
    assert.equal(lockfile.resolveManifestDependency?.('string-width-cjs', 'npm:string-width@^4.2.0'), find(lockfile, 'string-width'));
    assert.equal(lockfile.resolveManifestDependency?.('@babel/code-frame', '^7.0.0'), find(lockfile, '@babel/code-frame'));
    assert.equal(lockfile.resolveManifestDependency?.('left-pad', '^1.0.0'), undefined);
    assertLines('yarn-classic/yarn.lock', lockfile);
  });

  it('Berry: resolutions name the package, workspace and patch entries are not packages, the root workspace gives direct dependencies', () => {
    const lockfile = parse('yarn-berry/yarn.lock');
    assert.deepEqual(ids(lockfile.packages), ['@babel/code-frame@7.22.13', '@babel/highlight@7.22.20', 'resolve@1.22.8', 'strip-ansi@6.0.1']);
    assert.deepEqual(ids(lockfile.direct), ['@babel/code-frame@7.22.13', 'resolve@1.22.8', 'strip-ansi@6.0.1']);
    assert.deepEqual(edges(lockfile, find(lockfile, '@babel/code-frame')), ['@babel/highlight@7.22.20']);
    assert.deepEqual(lockfile.manifestSpecs?.get('resolve'), ['^1.22.0']);
    assertLines('yarn-berry/yarn.lock', lockfile);
  });
});

describe('pnpm-lock.yaml', () => {
  it('v5: slash keys with `_peer` suffixes, dev flags', () => {
    const lockfile = parse('pnpm-v5/pnpm-lock.yaml');
    assert.deepEqual(ids(lockfile.packages), ['@testing-library/react@13.4.0', 'js-tokens@4.0.0', 'loose-envify@1.4.0', 'react@18.2.0']);
    assert.deepEqual(devIds(lockfile), ['@testing-library/react@13.4.0']);
    assert.deepEqual(ids(lockfile.direct), ['@testing-library/react@13.4.0', 'react@18.2.0']);
    assert.deepEqual(edges(lockfile, find(lockfile, 'react')), ['loose-envify@1.4.0']);
    assert.deepEqual(lockfile.manifestSpecs?.get('react'), ['^18.2.0']);
    assertLines('pnpm-v5/pnpm-lock.yaml', lockfile);
  });

  it('v6: `/name@version(peer)` keys, one package per version whatever its peers', () => {
    const lockfile = parse('pnpm-v6/pnpm-lock.yaml');
    assert.deepEqual(ids(lockfile.packages), ['@testing-library/react@14.1.2', 'js-tokens@4.0.0', 'loose-envify@1.4.0', 'react-dom@18.2.0', 'react@18.2.0']);
    assert.deepEqual(devIds(lockfile), ['@testing-library/react@14.1.2']);
    assert.deepEqual(edges(lockfile, find(lockfile, '@testing-library/react')), ['react-dom@18.2.0', 'react@18.2.0']);
    assert.deepEqual(ids(lockfile.direct), ['@testing-library/react@14.1.2', 'react-dom@18.2.0', 'react@18.2.0']);
    assertLines('pnpm-v6/pnpm-lock.yaml', lockfile);
  });

  it('v9: packages and snapshots with nested peer suffixes; development-only worked out from the importers', () => {
    const lockfile = parse('pnpm-v9/pnpm-lock.yaml');
    assert.deepEqual(ids(lockfile.packages), ['@testing-library/react@14.1.2', 'esbuild@0.19.12', 'js-tokens@4.0.0', 'loose-envify@1.4.0', 'react-dom@18.2.0', 'react@18.2.0']);
    // react is a devDependency of the root but a dependency of react-dom and of packages/ui: it ships.
    assert.deepEqual(devIds(lockfile), ['@testing-library/react@14.1.2', 'esbuild@0.19.12']);
    assert.equal(find(lockfile, 'esbuild').hasInstallScript, true);
    assert.match(find(lockfile, 'react').integrity ?? '', /^sha512-\/3IjMdb/);
    assert.deepEqual(edges(lockfile, find(lockfile, '@testing-library/react')), ['esbuild@0.19.12', 'react-dom@18.2.0', 'react@18.2.0']);
    assert.deepEqual(ids(lockfile.direct), ['@testing-library/react@14.1.2', 'react-dom@18.2.0', 'react@18.2.0']);
    assert.deepEqual(lockfile.manifestSpecs?.get('@testing-library/react'), ['^14.1.2']);
    assertLines('pnpm-v9/pnpm-lock.yaml', lockfile);
  });
});

describe('Python lock files', () => {
  it('poetry.lock (Poetry 2): groups decide development-only, names PEP 503-normalised with the declared one kept, dependency edges', () => {
    const lockfile = parse('poetry/poetry.lock');
    assert.deepEqual(ids(lockfile.packages), ['asgiref@3.7.2', 'django@5.0.1', 'pytest@8.0.0', 'sqlparse@0.4.4', 'zope-interface@6.1']);
    assert.deepEqual(devIds(lockfile), ['pytest@8.0.0'], 'a package in the main and dev groups ships');
    assert.equal(find(lockfile, 'django').declaredName, 'Django');
    assert.equal(find(lockfile, 'zope-interface').declaredName, 'zope.interface');
    assert.deepEqual(edges(lockfile, find(lockfile, 'django')), ['asgiref@3.7.2', 'sqlparse@0.4.4']);
    assert.deepEqual(edges(lockfile, find(lockfile, 'pytest')), ['zope-interface@6.1']);
    assertLines('poetry/poetry.lock', lockfile, 1);
  });

  it('poetry.lock (Poetry 1.1): category = "dev"', () => {
    const lockfile = parse('poetry-legacy/poetry.lock');
    assert.deepEqual(ids(lockfile.packages), ['certifi@2023.7.22', 'flake8@6.1.0']);
    assert.deepEqual(devIds(lockfile), ['flake8@6.1.0']);
    assertLines('poetry-legacy/poetry.lock', lockfile, 1);
  });

  it('Pipfile.lock: default and develop (a package in both ships, listed once), `==` stripped, path installs without a version left out', () => {
    const lockfile = parse('pipenv/Pipfile.lock');
    assert.deepEqual(
      lockfile.packages.map((locked) => `${id(locked)}${locked.dev ? ' dev' : ''}`),
      ['requests@2.31.0', 'typing-extensions@4.9.0', 'black@23.12.1 dev'],
    );
    assert.equal(lockfile.resolveManifestDependency?.('Typing_Extensions', '*'), find(lockfile, 'typing-extensions'));
    assert.equal(find(lockfile, 'black').declaredName, 'Black');
    assertLines('pipenv/Pipfile.lock', lockfile);
  });
});

describe('CRLF line endings and a UTF-8 BOM', () => {
  const paths = [
    'npm-v3/package-lock.json',
    'npm-v1/package-lock.json',
    'yarn-classic/yarn.lock',
    'yarn-berry/yarn.lock',
    'pnpm-v5/pnpm-lock.yaml',
    'pnpm-v6/pnpm-lock.yaml',
    'pnpm-v9/pnpm-lock.yaml',
    'poetry/poetry.lock',
    'pipenv/Pipfile.lock',
  ];
  for (const path of paths) {
    it(`${path}: the same packages, lines and edges`, () => {
      const { file, text } = fixture(path);
      const plain = parseLockfile(file, text);
      const windows = parseLockfile(file, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
      const shape = (lockfile: Lockfile) => ({
        packages: lockfile.packages.map((locked) => ({ ...locked })),
        edges: [...(lockfile.dependencies ?? [])].map(([from, to]) => [id(from), ids(to)]),
        direct: lockfile.direct && ids(lockfile.direct),
      });
      assert.deepEqual(shape(windows), shape(plain));
      assert.ok(plain.packages.length > 0);
    });
  }
});

describe('malformed lock files are reported with their line', () => {
  it('package-lock.json: invalid JSON, an entry without a version', () => {
    assertLockfileError('package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": "1.0.0", }\n  }\n}\n', 3, /not valid JSON/);
    assertLockfileError('package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {},\n    "node_modules/a": { "resolved": "x" }\n  }\n}\n', 4, /node_modules\/a has no version/);
  });

  it('yarn.lock classic: a stray line, an entry without a version', () => {
    assertLockfileError('yarn.lock', '# yarn lockfile v1\n\na@^1.0.0:\n  version "1.0.0"\n\nthis is not yarn\n', 5, /unexpected line/);
    assertLockfileError('yarn.lock', 'a@^1.0.0:\n  version "1.0.0"\n\nb@^2.0.0:\n  resolved "https://example.test/b.tgz"\n', 3, /without a version/);
  });

  it('yarn.lock Berry: invalid YAML, an entry without a version', () => {
    assertLockfileError('yarn.lock', '__metadata:\n  version: 8\n\n"a@npm:^1.0.0":\n    version: 1.0.0\n   resolution: "a@npm:1.0.0"\n', 5, /not valid YAML/);
    assertLockfileError('yarn.lock', '__metadata:\n  version: 8\n\n"a@npm:^1.0.0":\n  resolution: "a@npm:1.0.0"\n', 3, /has no version/);
  });

  it('pnpm-lock.yaml: invalid YAML, a package key without a version', () => {
    assertLockfileError('pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x}\n   dev: true\n  b@1.0.0: {}\n", 4, /not valid YAML/);
    assertLockfileError('pnpm-lock.yaml', "lockfileVersion: '9.0'\n\npackages:\n\n  a@1.0.0: {}\n\n  broken: {}\n", 6, /has no version/);
  });

  it('poetry.lock: invalid TOML, a package without a version', () => {
    assertLockfileError('poetry.lock', '[[package]]\nname = "a"\nversion = "1.0"\n\n[[package]]\nname = "b\n', 5, /not valid TOML/);
    assertLockfileError('poetry.lock', '[[package]]\nname = "a"\nversion = "1.0"\n\n[[package]]\nname = "b"\n', 4, /without a name and a version/);
  });

  it('Pipfile.lock: invalid JSON', () => {
    assertLockfileError('Pipfile.lock', '{\n  "default": {\n    "a": {"version": "==1.0"}\n  }\n  "develop": {}\n}\n', 4, /not valid JSON/);
  });
});
