/**
 * Lock files as a list of resolved packages: npm (`package-lock.json` v1–v3,
 * `npm-shrinkwrap.json`), Yarn (classic and Berry), pnpm (`pnpm-lock.yaml` v5–v9), Poetry
 * (`poetry.lock`) and Pipenv (`Pipfile.lock`). Each package keeps the line it is declared on, so
 * a finding about it lands there; where the format records them cheaply, the dependency edges
 * and the project's direct dependencies come along. The project itself and its workspace members
 * (npm workspaces, Yarn `workspace:`, links) are not packages. A malformed file throws
 * LockfileError with its line, never a partial list. Used by the deps gate and by the SBOM.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { isMap, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';

export type Ecosystem = 'npm' | 'PyPI';

export interface LockedPackage {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** Only needed for development (npm `dev`, Poetry/Pipenv dev groups). */
  dev: boolean;
  /**
   * Installed only where the platform allows, its failure tolerated (npm `optional`/`devOptional`,
   * pnpm `optional`). Absent when the lock file does not say.
   */
  optional?: boolean;
  /** npm marks packages whose install runs scripts (`hasInstallScript`; pnpm `requiresBuild`). */
  hasInstallScript: boolean;
  /** Where it was fetched from, when the lock file says (`resolved`). */
  resolved?: string;
  /**
   * Subresource Integrity of the fetched archive as the lock file records it (`sha512-<base64>`:
   * npm and Yarn classic `integrity`, pnpm `resolution.integrity`).
   */
  integrity?: string;
  /** 0-based line of its entry in the lock file. */
  line: number;
  /**
   * The name as the lock file writes it, when `name` is a normalised form of it (PyPI: `name` is
   * PEP 503-normalised for matching, this keeps `Django` or `zope.interface` for display).
   */
  declaredName?: string;
}

export interface Lockfile {
  /** Workspace-relative path. */
  file: string;
  ecosystem: Ecosystem;
  packages: LockedPackage[];
  /**
   * The direct dependencies' specs as the lock file recorded them from the manifest (npm v2+
   * root entry, pnpm importer specifiers, Yarn keys), to tell when the manifest changed since.
   * Undefined when the format does not record them.
   */
  manifestSpecs?: Map<string, string[]>;
  /**
   * The packages the project itself depends on, when the lock file records them (npm v2+ root
   * entry, pnpm root importer, Yarn Berry root workspace). Undefined when it does not.
   */
  direct?: LockedPackage[];
  /** Who depends on whom, where the lock file records it cheaply; packages without edges are absent. */
  dependencies?: Map<LockedPackage, LockedPackage[]>;
  /**
   * The package a dependency declared in the manifest beside the lock file (`name` with its
   * `range`) is locked to: npm's top-level install, Yarn's `name@range` entry, the Python package
   * of that name. Undefined when the lock file does not list it. Set where `direct` is not.
   */
  resolveManifestDependency?: (name: string, range: string) => LockedPackage | undefined;
}

/** The one package of that name in the list, if there is exactly one. */
function onlyPackageNamed(packages: readonly LockedPackage[], name: string): LockedPackage | undefined {
  const matches = packages.filter((locked) => locked.name === name);
  return matches.length === 1 ? matches[0] : undefined;
}

export class LockfileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** 0-based. */
    readonly line: number,
  ) {
    super(`${file}:${line + 1}: ${message}`);
    this.name = 'LockfileError';
  }
}

export const LOCKFILE_NAMES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'poetry.lock', 'Pipfile.lock'] as const;

export function isLockfile(path: string): boolean {
  return (LOCKFILE_NAMES as readonly string[]).includes(basename(path));
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Parses a lock file by its name. Throws LockfileError (with a line) when it is malformed. */
export function parseLockfile(file: string, text: string): Lockfile {
  const clean = text.replace(/^\uFEFF/, '');
  switch (basename(file)) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return parsePackageLock(file, clean);
    case 'yarn.lock':
      return clean.includes('__metadata:') ? parseYarnBerry(file, clean) : parseYarnClassic(file, clean);
    case 'pnpm-lock.yaml':
      return parsePnpm(file, clean);
    case 'poetry.lock':
      return parsePoetry(file, clean);
    case 'Pipfile.lock':
      return parsePipfileLock(file, clean);
    default:
      throw new LockfileError('not a lock file Preflight reads', file, 0);
  }
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A line index for many lookups: offset → 0-based line by binary search. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

function parseJson(file: string, text: string): { root: JsonNode; value: unknown } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true });
  if (errors.length > 0 || !root) throw new LockfileError('not valid JSON', file, lineAt(text, errors[0]?.offset ?? 0));
  return { root, value: JSON.parse(text) };
}

/**
 * Key → 0-based line of each property of the JSON object at `path`, in one pass over its
 * children (findNodeAtLocation per key would be quadratic in a lock file's thousands of entries).
 */
function propertyLines(root: JsonNode, path: Array<string>, line: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  for (const property of findNodeAtLocation(root, path)?.children ?? []) {
    const key = property.children?.[0];
    if (property.type === 'property' && key && typeof key.value === 'string') lines.set(key.value, line(property.offset));
  }
  return lines;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Records an edge once. */
function addEdge(graph: Map<LockedPackage, LockedPackage[]>, from: LockedPackage | undefined, to: LockedPackage | undefined): void {
  if (!from || !to || from === to) return;
  const list = graph.get(from) ?? [];
  if (!list.includes(to)) list.push(to);
  graph.set(from, list);
}

const NPM_DEPENDENCY_KEYS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** An npm alias version (`npm:real-name@1.2.3`, lockfile v1) → the real name and version. */
function npmAlias(name: string, version: string): [string, string] {
  if (!version.startsWith('npm:')) return [name, version];
  const [realName, realVersion] = splitNameSpec(version.slice(4));
  return realVersion ? [realName, realVersion] : [name, version];
}

function parsePackageLock(file: string, text: string): Lockfile {
  const { root, value } = parseJson(file, text);
  if (!isObject(value)) throw new LockfileError('expected an object', file, 0);
  const line = lineIndex(text);
  const packages: LockedPackage[] = [];
  const entries = value.packages;
  if (isObject(entries)) {
    // lockfileVersion 2 and 3: a flat map of install paths. Paths outside node_modules are the
    // root ('') and workspace members: the project's own code, not fetched packages.
    const byPath = new Map<string, LockedPackage>();
    const lines = propertyLines(root, ['packages'], line);
    for (const [path, raw] of Object.entries(entries)) {
      if (!path.includes('node_modules/') || !isObject(raw) || raw.link === true) continue;
      const name = typeof raw.name === 'string' ? raw.name : path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      if (typeof raw.version !== 'string') throw new LockfileError(`${path} has no version`, file, lines.get(path) ?? 0);
      const locked: LockedPackage = {
        ecosystem: 'npm',
        name,
        version: raw.version,
        // `devOptional` is an optional dependency of a production package as well: it ships.
        dev: raw.dev === true,
        optional: raw.optional === true || raw.devOptional === true,
        hasInstallScript: raw.hasInstallScript === true,
        resolved: typeof raw.resolved === 'string' ? raw.resolved : undefined,
        integrity: typeof raw.integrity === 'string' ? raw.integrity : undefined,
        line: lines.get(path) ?? 0,
      };
      packages.push(locked);
      byPath.set(path, locked);
    }
    // Node's lookup: the nearest node_modules folder up from the dependent that has the name.
    const resolve = (from: string, name: string): LockedPackage | undefined => {
      let base = from;
      for (;;) {
        const found = byPath.get(base ? `${base}/node_modules/${name}` : `node_modules/${name}`);
        if (found || !base) return found;
        const cut = base.lastIndexOf('/node_modules/');
        base = cut < 0 ? '' : base.slice(0, cut);
      }
    };
    const dependencies = new Map<LockedPackage, LockedPackage[]>();
    for (const [path, locked] of byPath) {
      const raw = entries[path] as Json;
      for (const key of NPM_DEPENDENCY_KEYS) {
        const deps = raw[key];
        if (isObject(deps)) for (const name of Object.keys(deps)) addEdge(dependencies, locked, resolve(path, name));
      }
    }
    const rootEntry = entries[''];
    const specs = new Map<string, string[]>();
    const direct: LockedPackage[] = [];
    if (isObject(rootEntry)) {
      for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
        const deps = rootEntry[key];
        if (!isObject(deps)) continue;
        for (const [name, spec] of Object.entries(deps)) {
          if (typeof spec === 'string') specs.set(name, [...(specs.get(name) ?? []), spec]);
          const target = resolve('', name);
          if (target && !direct.includes(target)) direct.push(target);
        }
      }
    }
    return { file, ecosystem: 'npm', packages, manifestSpecs: isObject(rootEntry) ? specs : undefined, direct: isObject(rootEntry) ? direct : undefined, dependencies };
  }
  // lockfileVersion 1: nested `dependencies`, each package's `requires` resolved up the nesting.
  const dependencies = new Map<LockedPackage, LockedPackage[]>();
  /** Lists one nesting level; returns its name → package scope. */
  const walk = (deps: unknown, path: string[], outer: Map<string, LockedPackage>[]): Map<string, LockedPackage> => {
    const scope = new Map<string, LockedPackage>();
    if (!isObject(deps)) return scope;
    const lines = propertyLines(root, path, line);
    for (const [key, raw] of Object.entries(deps)) {
      if (!isObject(raw) || typeof raw.version !== 'string') throw new LockfileError(`${key} has no version`, file, lines.get(key) ?? 0);
      const [name, version] = npmAlias(key, raw.version);
      const locked: LockedPackage = { ecosystem: 'npm', name, version, dev: raw.dev === true, optional: raw.optional === true, hasInstallScript: false, resolved: typeof raw.resolved === 'string' ? raw.resolved : undefined, integrity: typeof raw.integrity === 'string' ? raw.integrity : undefined, line: lines.get(key) ?? 0 };
      packages.push(locked);
      scope.set(key, locked);
    }
    for (const [key, locked] of scope) {
      const raw = deps[key] as Json;
      // A package's own nested copies win, then its siblings', then those further up.
      const visible = [walk(raw.dependencies, [...path, key, 'dependencies'], [scope, ...outer]), scope, ...outer];
      if (isObject(raw.requires)) for (const name of Object.keys(raw.requires)) addEdge(dependencies, locked, visible.map((map) => map.get(name)).find(Boolean));
    }
    return scope;
  };
  const topLevel = walk(value.dependencies, ['dependencies'], []);
  return { file, ecosystem: 'npm', packages, dependencies, resolveManifestDependency: (name) => topLevel.get(name) };
}

/** `"@scope/name@^1.0.0"` → name and spec, split at the first `@` after the scope's. */
export function splitNameSpec(key: string): [string, string] {
  const at = key.indexOf('@', 1);
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** A Yarn key's descriptors: `"a@^1", a@^1.2` → `a@^1`, `a@^1.2`. */
function yarnDescriptors(key: string): string[] {
  return key
    .split(/,\s*/)
    .map((descriptor) => descriptor.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
}

function parseYarnClassic(file: string, text: string): Lockfile {
  const packages: LockedPackage[] = [];
  const specs = new Map<string, string[]>();
  const byDescriptor = new Map<string, LockedPackage>();
  const wanted: Array<[LockedPackage, string[]]> = [];
  const lines = text.split(/\r?\n/);
  let current: { keys: string[]; line: number; version?: string; resolved?: string; integrity?: string; deps: string[]; inDeps: boolean } | undefined;
  const flush = () => {
    if (!current) return;
    if (!current.version) throw new LockfileError('entry without a version', file, current.line);
    // An alias (`string-width-cjs@npm:string-width@^4`) installs the real package under another name.
    let [name, spec] = splitNameSpec(current.keys[0]);
    if (spec.startsWith('npm:')) name = splitNameSpec(spec.slice(4))[0];
    const locked: LockedPackage = { ecosystem: 'npm', name, version: current.version, dev: false, hasInstallScript: false, resolved: current.resolved, integrity: current.integrity, line: current.line };
    for (const key of current.keys) {
      const [keyName, keySpec] = splitNameSpec(key);
      specs.set(keyName, [...(specs.get(keyName) ?? []), keySpec]);
      byDescriptor.set(key, locked);
    }
    packages.push(locked);
    wanted.push([locked, current.deps]);
    current = undefined;
  };
  lines.forEach((raw, index) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      flush();
      if (!raw.trimEnd().endsWith(':')) throw new LockfileError(`unexpected line: ${raw.slice(0, 60)}`, file, index);
      current = { keys: yarnDescriptors(raw.trimEnd().slice(0, -1)), line: index, deps: [], inDeps: false };
      return;
    }
    if (!current) throw new LockfileError(`indented line outside an entry: ${raw.trim().slice(0, 60)}`, file, index);
    const field = /^ {2}(\w+)(:|(?: "?([^"]*)"?))\s*$/.exec(raw);
    if (field) {
      current.inDeps = (field[1] === 'dependencies' || field[1] === 'optionalDependencies') && field[2] === ':';
      if (field[1] === 'version' || field[1] === 'resolved' || field[1] === 'integrity') current[field[1]] = field[3];
      return;
    }
    const dependency = /^ {4}"?([^"\s]+)"? "?([^"]*)"?\s*$/.exec(raw);
    if (dependency && current.inDeps) current.deps.push(`${dependency[1]}@${dependency[2]}`);
  });
  flush();
  const dependencies = new Map<LockedPackage, LockedPackage[]>();
  for (const [locked, deps] of wanted) for (const descriptor of deps) addEdge(dependencies, locked, byDescriptor.get(descriptor));
  return {
    file,
    ecosystem: 'npm',
    packages,
    manifestSpecs: specs,
    dependencies,
    resolveManifestDependency: (name, range) => byDescriptor.get(`${name}@${range}`) ?? onlyPackageNamed(packages, name),
  };
}

function yamlDocument(file: string, text: string) {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (document.errors.length > 0) throw new LockfileError(`not valid YAML: ${document.errors[0].message.split('\n')[0]}`, file, lines.linePos(document.errors[0].pos[0]).line - 1);
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => lines.linePos(node?.range?.[0] ?? 0).line - 1;
  return { document, at };
}

/** Yarn Berry resolutions that are the project's own code or a patched copy listed twice. */
const BERRY_LOCAL = /@(workspace|link|portal|patch):/;

function parseYarnBerry(file: string, text: string): Lockfile {
  const { document, at } = yamlDocument(file, text);
  const packages: LockedPackage[] = [];
  const specs = new Map<string, string[]>();
  const byDescriptor = new Map<string, LockedPackage>();
  const wanted: Array<[LockedPackage | undefined, Json]> = [];
  if (!isMap(document.contents)) throw new LockfileError('expected a mapping', file, 0);
  for (const pair of (document.contents as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === '__metadata') continue;
    if (!isMap(pair.value)) throw new LockfileError(`entry ${key.slice(0, 60)} is not a mapping`, file, at(pair.key as never));
    const value = pair.value.toJSON() as Json;
    const resolution = String(value.resolution ?? '');
    const deps = { ...(isObject(value.dependencies) ? value.dependencies : {}), ...(isObject(value.optionalDependencies) ? value.optionalDependencies : {}) };
    if (BERRY_LOCAL.test(resolution)) {
      // The root workspace's dependencies are the project's direct dependencies.
      if (resolution.endsWith('@workspace:.')) wanted.push([undefined, deps]);
      continue;
    }
    if (typeof value.version !== 'string') throw new LockfileError(`entry ${key.slice(0, 60)} has no version`, file, at(pair.key as never));
    const descriptors = yarnDescriptors(key);
    for (const descriptor of descriptors) {
      const [name, spec] = splitNameSpec(descriptor);
      specs.set(name, [...(specs.get(name) ?? []), spec.replace(/^npm:/, '')]);
    }
    // The resolution names the package actually installed, also under an alias.
    const [name] = splitNameSpec(resolution || descriptors[0]);
    const locked: LockedPackage = { ecosystem: 'npm', name, version: value.version, dev: false, hasInstallScript: false, line: at(pair.key as never) };
    packages.push(locked);
    for (const descriptor of descriptors) byDescriptor.set(descriptor, locked);
    wanted.push([locked, deps]);
  }
  const dependencies = new Map<LockedPackage, LockedPackage[]>();
  let direct: LockedPackage[] | undefined;
  for (const [from, deps] of wanted) {
    const targets = Object.entries(deps).map(([name, range]) => byDescriptor.get(`${name}@${String(range)}`));
    if (from) for (const target of targets) addEdge(dependencies, from, target);
    else direct = [...new Set(targets.filter((target): target is LockedPackage => target !== undefined))];
  }
  const resolveManifestDependency = (name: string, range: string) =>
    byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`) ?? onlyPackageNamed(packages, name);
  return { file, ecosystem: 'npm', packages, manifestSpecs: specs, direct, dependencies, resolveManifestDependency };
}

/**
 * A pnpm package key → name and version: `/name/1.0.0_peer@2.0.0` (v5), `/@scope/name@1.0.0(peer@2.0.0)`
 * (v6), `name@1.0.0(peer@2.0.0)` (v9). Peer suffixes are dropped: they are one package.
 */
function parsePnpmKey(key: string, slashFormat: boolean): [string, string] | undefined {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  if (slashFormat && !/^(@[^/@]+\/)?[^/@]+@/.test(bare)) {
    const parts = bare.split('/');
    const nameParts = bare.startsWith('@') ? 2 : 1;
    if (parts.length <= nameParts) return undefined;
    const version = parts.slice(nameParts).join('/').split('_')[0];
    return version ? [parts.slice(0, nameParts).join('/'), version] : undefined;
  }
  const [name, version] = splitNameSpec(bare);
  return name && version ? [name, version] : undefined;
}

function parsePnpm(file: string, text: string): Lockfile {
  const { document, at } = yamlDocument(file, text);
  const value = document.toJSON() as Json;
  if (!isObject(value)) throw new LockfileError('expected a mapping', file, 0);
  const slashFormat = Number.parseFloat(String(value.lockfileVersion ?? '')) < 6;
  const packages: LockedPackage[] = [];
  const byId = new Map<string, LockedPackage>();
  /** Full key (with peer suffix, no leading slash) → its package; v9 keeps edges in `snapshots`. */
  const byKey = new Map<string, LockedPackage>();
  const section = document.get('packages') as YAMLMap | undefined;
  let hasDevFlags = false;
  /** Full key → the dependencies it records (name → version reference). */
  const edgesByKey = new Map<string, Json>();
  const dependencyMaps = (raw: Json): Json => ({ ...(isObject(raw.dependencies) ? raw.dependencies : {}), ...(isObject(raw.optionalDependencies) ? raw.optionalDependencies : {}) });
  if (isMap(section)) {
    for (const pair of section.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const raw = isMap(pair.value) ? (pair.value.toJSON() as Json) : {};
      const parsed = parsePnpmKey(key, slashFormat);
      if (!parsed) throw new LockfileError(`package key ${key.slice(0, 60)} has no version`, file, at(pair.key as never));
      // Tarball and git packages carry their real version in the entry.
      const [name, keyVersion] = parsed;
      const version = typeof raw.version === 'string' ? raw.version : keyVersion;
      if (typeof raw.dev === 'boolean') hasDevFlags = true;
      const id = `${name}@${version}`;
      let locked = byId.get(id);
      if (!locked) {
        const integrity = isObject(raw.resolution) && typeof raw.resolution.integrity === 'string' ? raw.resolution.integrity : undefined;
        locked = { ecosystem: 'npm', name, version, dev: raw.dev === true, optional: raw.optional === true, hasInstallScript: raw.requiresBuild === true, integrity, line: at(pair.key as never) };
        byId.set(id, locked);
        packages.push(locked);
      } else {
        // Peer variants of one package: development-only when every variant is.
        locked.dev &&= raw.dev === true;
        locked.optional &&= raw.optional === true;
        locked.hasInstallScript ||= raw.requiresBuild === true;
      }
      byKey.set(key.replace(/^\//, ''), locked);
      if (!isObject(value.snapshots)) edgesByKey.set(key.replace(/^\//, ''), dependencyMaps(raw));
    }
  }
  const snapshots = isObject(value.snapshots) ? value.snapshots : undefined;
  for (const key of Object.keys(snapshots ?? {})) {
    const parsed = parsePnpmKey(key, false);
    const locked = parsed && byId.get(`${parsed[0]}@${parsed[1]}`);
    if (locked) byKey.set(key, locked);
    edgesByKey.set(key, dependencyMaps(isObject(snapshots?.[key]) ? (snapshots[key] as Json) : {}));
  }
  /** A dependency's version as an importer or a package records it → the key it is listed under. */
  const targetKey = (name: string, reference: unknown): string | undefined => {
    const version = isObject(reference) ? reference.version : reference;
    if (typeof version !== 'string' || version.startsWith('link:')) return undefined;
    // An alias records the real package's key instead of a version.
    if (!/^\d/.test(version)) return version.replace(/^\//, '');
    return slashFormat ? `${name}/${version}` : `${name}@${version}`;
  };
  const dependencies = new Map<LockedPackage, LockedPackage[]>();
  for (const [key, deps] of edgesByKey) for (const [name, reference] of Object.entries(deps)) addEdge(dependencies, byKey.get(key), byKey.get(targetKey(name, reference) ?? ''));

  // Importers: `importers` (workspaces, v6+ with workspaces, v9) or the top level (single project).
  const importers: Json = isObject(value.importers) ? value.importers : { '.': value };
  const specs = new Map<string, string[]>();
  const direct: LockedPackage[] = [];
  const production = new Set<LockedPackage>();
  for (const [path, importer] of Object.entries(importers)) {
    if (!isObject(importer)) continue;
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const deps = importer[key];
      if (!isObject(deps)) continue;
      for (const [name, entry] of Object.entries(deps)) {
        const target = byKey.get(targetKey(name, entry) ?? '');
        if (target && key !== 'devDependencies') production.add(target);
        if (path !== '.') continue;
        if (target && !direct.includes(target)) direct.push(target);
        const spec = isObject(entry) ? entry.specifier : isObject(importer.specifiers) ? importer.specifiers[name] : undefined;
        if (typeof spec === 'string') specs.set(name, [...(specs.get(name) ?? []), spec]);
      }
    }
  }
  if (!hasDevFlags) {
    // pnpm 9 dropped the `dev` flag: what production dependencies do not reach is development-only.
    const queue = [...production];
    while (queue.length > 0) {
      for (const target of dependencies.get(queue.pop()!) ?? []) {
        if (production.has(target)) continue;
        production.add(target);
        queue.push(target);
      }
    }
    for (const locked of packages) locked.dev = !production.has(locked);
  }
  return { file, ecosystem: 'npm', packages, manifestSpecs: specs, direct, dependencies };
}

function tomlDocument(file: string, text: string): Json {
  try {
    return parseToml(text) as Json;
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new LockfileError(`not valid TOML: ${(error as Error).message.split('\n')[0]}`, file, line ? line - 1 : 0);
  }
}

/** PEP 503 normalised name: what PyPI and vulnerability databases match on. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function parsePoetry(file: string, text: string): Lockfile {
  const value = tomlDocument(file, text);
  const headers: number[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (/^\[\[package\]\]\s*$/.test(content)) headers.push(index);
  });
  const packages: LockedPackage[] = [];
  const wanted: Array<[LockedPackage, Json]> = [];
  // `[[package]]` entries are in file order: the n-th entry starts at the n-th header.
  (Array.isArray(value.package) ? value.package : []).forEach((raw: unknown, index: number) => {
    const line = headers[index] ?? 0;
    if (!isObject(raw) || typeof raw.name !== 'string' || typeof raw.version !== 'string') throw new LockfileError('[[package]] without a name and a version', file, line);
    const groups = Array.isArray(raw.groups) ? raw.groups : [];
    const dev = raw.category === 'dev' || (groups.length > 0 && !groups.includes('main'));
    const locked: LockedPackage = { ecosystem: 'PyPI', name: normalisePythonName(raw.name), declaredName: raw.name, version: raw.version, dev, hasInstallScript: false, line };
    packages.push(locked);
    wanted.push([locked, isObject(raw.dependencies) ? raw.dependencies : {}]);
  });
  const byName = new Map(packages.map((locked) => [locked.name, locked]));
  const dependencies = new Map<LockedPackage, LockedPackage[]>();
  for (const [locked, deps] of wanted) for (const name of Object.keys(deps)) addEdge(dependencies, locked, byName.get(normalisePythonName(name)));
  return { file, ecosystem: 'PyPI', packages, dependencies, resolveManifestDependency: (name) => byName.get(normalisePythonName(name)) };
}

function parsePipfileLock(file: string, text: string): Lockfile {
  const { root, value } = parseJson(file, text);
  if (!isObject(value)) throw new LockfileError('expected an object', file, 0);
  const line = lineIndex(text);
  const packages: LockedPackage[] = [];
  for (const section of ['default', 'develop']) {
    const entries = value[section];
    if (!isObject(entries)) continue;
    const lines = propertyLines(root, [section], line);
    for (const [name, raw] of Object.entries(entries)) {
      // Entries without a version are VCS or path installs: not a release of a PyPI package.
      if (!isObject(raw) || typeof raw.version !== 'string') continue;
      // Listed in both sections: it ships, and it is one package.
      if (section === 'develop' && packages.some((locked) => locked.name === normalisePythonName(name) && !locked.dev)) continue;
      packages.push({ ecosystem: 'PyPI', name: normalisePythonName(name), declaredName: name, version: raw.version.replace(/^==/, ''), dev: section === 'develop', hasInstallScript: false, line: lines.get(name) ?? 0 });
    }
  }
  // `default` comes first: a package in both sections resolves to its production entry.
  return { file, ecosystem: 'PyPI', packages, resolveManifestDependency: (name) => packages.find((locked) => locked.name === normalisePythonName(name)) };
}
