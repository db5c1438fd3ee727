/**
 * Lock files as a list of resolved packages: npm (`package-lock.json` v1–v3,
 * `npm-shrinkwrap.json`), Yarn (classic and Berry), pnpm (`pnpm-lock.yaml` v5–v9), Poetry
 * (`poetry.lock`) and Pipenv (`Pipfile.lock`). Each package keeps the line it is declared on, so
 * a finding about it lands there. Used by the deps gate and by the SBOM.
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
  /** npm marks packages whose install runs scripts (`hasInstallScript`; pnpm `requiresBuild`). */
  hasInstallScript: boolean;
  /** Where it was fetched from, when the lock file says (`resolved`). */
  resolved?: string;
  /** 0-based line of its entry in the lock file. */
  line: number;
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

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function parsePackageLock(file: string, text: string): Lockfile {
  const { root, value } = parseJson(file, text);
  if (!isObject(value)) throw new LockfileError('expected an object', file, 0);
  const line = lineIndex(text);
  const packages: LockedPackage[] = [];
  const entries = value.packages;
  if (isObject(entries)) {
    // lockfileVersion 2 and 3: a flat map of install paths.
    for (const [path, raw] of Object.entries(entries)) {
      if (!path || !isObject(raw) || raw.link === true) continue;
      const name = typeof raw.name === 'string' ? raw.name : path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      if (typeof raw.version !== 'string') continue;
      const node = findNodeAtLocation(root, ['packages', path]);
      packages.push({
        ecosystem: 'npm',
        name,
        version: raw.version,
        dev: raw.dev === true || raw.devOptional === true,
        hasInstallScript: raw.hasInstallScript === true,
        resolved: typeof raw.resolved === 'string' ? raw.resolved : undefined,
        line: line(node?.parent?.offset ?? 0),
      });
    }
    const rootEntry = entries[''];
    const specs = new Map<string, string[]>();
    if (isObject(rootEntry)) {
      for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
        const deps = rootEntry[key];
        if (isObject(deps)) for (const [name, spec] of Object.entries(deps)) if (typeof spec === 'string') specs.set(name, [...(specs.get(name) ?? []), spec]);
      }
    }
    return { file, ecosystem: 'npm', packages, manifestSpecs: isObject(rootEntry) ? specs : undefined };
  }
  // lockfileVersion 1: nested `dependencies`.
  const walk = (deps: unknown, path: string[]) => {
    if (!isObject(deps)) return;
    for (const [name, raw] of Object.entries(deps)) {
      if (!isObject(raw) || typeof raw.version !== 'string') continue;
      const node = findNodeAtLocation(root, [...path, name]);
      packages.push({ ecosystem: 'npm', name, version: raw.version, dev: raw.dev === true, hasInstallScript: false, resolved: typeof raw.resolved === 'string' ? raw.resolved : undefined, line: line(node?.parent?.offset ?? 0) });
      walk(raw.dependencies, [...path, name, 'dependencies']);
    }
  };
  walk(value.dependencies, ['dependencies']);
  return { file, ecosystem: 'npm', packages };
}

/** `"@scope/name@^1.0.0"` → name and spec (the last `@` that is not the scope's). */
export function splitNameSpec(key: string): [string, string] {
  const at = key.indexOf('@', 1);
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

function parseYarnClassic(file: string, text: string): Lockfile {
  const packages: LockedPackage[] = [];
  const specs = new Map<string, string[]>();
  const lines = text.split(/\r?\n/);
  let current: { keys: string[]; line: number; version?: string; resolved?: string } | undefined;
  const flush = () => {
    if (!current) return;
    if (!current.version) throw new LockfileError('entry without a version', file, current.line);
    const [name] = splitNameSpec(current.keys[0]);
    for (const key of current.keys) {
      const [keyName, spec] = splitNameSpec(key);
      specs.set(keyName, [...(specs.get(keyName) ?? []), spec]);
    }
    packages.push({ ecosystem: 'npm', name, version: current.version, dev: false, hasInstallScript: false, resolved: current.resolved, line: current.line });
    current = undefined;
  };
  lines.forEach((raw, index) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      flush();
      if (!raw.trimEnd().endsWith(':')) throw new LockfileError(`unexpected line: ${raw.slice(0, 60)}`, file, index);
      const keys = raw
        .trimEnd()
        .slice(0, -1)
        .split(/,\s*/)
        .map((key) => key.trim().replace(/^"|"$/g, ''));
      current = { keys, line: index };
      return;
    }
    const field = /^ {2}(version|resolved) "?([^"]*)"?\s*$/.exec(raw);
    if (field && current) current[field[1] as 'version' | 'resolved'] = field[2];
  });
  flush();
  return { file, ecosystem: 'npm', packages, manifestSpecs: specs };
}

function yamlDocument(file: string, text: string) {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (document.errors.length > 0) throw new LockfileError(`not valid YAML: ${document.errors[0].message.split('\n')[0]}`, file, lines.linePos(document.errors[0].pos[0]).line - 1);
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => lines.linePos(node?.range?.[0] ?? 0).line - 1;
  return { document, at };
}

function parseYarnBerry(file: string, text: string): Lockfile {
  const { document, at } = yamlDocument(file, text);
  const packages: LockedPackage[] = [];
  const specs = new Map<string, string[]>();
  if (!isMap(document.contents)) throw new LockfileError('expected a mapping', file, 0);
  for (const pair of (document.contents as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === '__metadata' || !isMap(pair.value)) continue;
    const value = pair.value.toJSON() as Json;
    if (typeof value.version !== 'string' || String(value.resolution ?? '').includes('@workspace:')) continue;
    for (const descriptor of key.split(/,\s*/)) {
      const [name, spec] = splitNameSpec(descriptor.trim());
      specs.set(name, [...(specs.get(name) ?? []), spec.replace(/^npm:/, '')]);
    }
    const [name] = splitNameSpec(key.split(/,\s*/)[0].trim());
    packages.push({ ecosystem: 'npm', name, version: value.version, dev: false, hasInstallScript: false, line: at(pair.key as never) });
  }
  return { file, ecosystem: 'npm', packages, manifestSpecs: specs };
}

function parsePnpm(file: string, text: string): Lockfile {
  const { document, at } = yamlDocument(file, text);
  const value = document.toJSON() as Json;
  if (!isObject(value)) throw new LockfileError('expected a mapping', file, 0);
  const packages: LockedPackage[] = [];
  const section = document.get('packages') as YAMLMap | undefined;
  if (isMap(section)) {
    for (const pair of section.items) {
      // `/name@1.0.0` (v6), `name@1.0.0` (v9), `/name/1.0.0` (v5); peer suffixes in parentheses or after `_`.
      const key = (isScalar(pair.key) ? String(pair.key.value) : '').replace(/^\//, '').replace(/\(.*$/, '');
      const raw = isMap(pair.value) ? (pair.value.toJSON() as Json) : {};
      let [name, version] = splitNameSpec(key);
      if (!version && key.includes('/')) {
        const slash = key.lastIndexOf('/');
        [name, version] = [key.slice(0, slash), key.slice(slash + 1)];
      }
      if (!name || !version) continue;
      packages.push({ ecosystem: 'npm', name, version: version.split('_')[0], dev: raw.dev === true, hasInstallScript: raw.requiresBuild === true, line: at(pair.key as never) });
    }
  }
  const specs = new Map<string, string[]>();
  const importers = isObject(value.importers) ? value.importers['.'] : value;
  if (isObject(importers)) {
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const deps = importers[key];
      if (!isObject(deps)) continue;
      for (const [name, entry] of Object.entries(deps)) {
        const spec = isObject(entry) ? entry.specifier : isObject(importers.specifiers) ? importers.specifiers[name] : undefined;
        if (typeof spec === 'string') specs.set(name, [...(specs.get(name) ?? []), spec]);
      }
    }
  }
  return { file, ecosystem: 'npm', packages, manifestSpecs: specs };
}

function tomlDocument(file: string, text: string): Json {
  try {
    return parseToml(text) as Json;
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new LockfileError(`not valid TOML: ${(error as Error).message.split('\n')[0]}`, file, line ? line - 1 : 0);
  }
}

/** PEP 503 normalised name: what PyPI and purls use. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function parsePoetry(file: string, text: string): Lockfile {
  const value = tomlDocument(file, text);
  const lines = text.split(/\r?\n/);
  let searchFrom = 0;
  const packages: LockedPackage[] = [];
  for (const raw of Array.isArray(value.package) ? value.package : []) {
    if (!isObject(raw) || typeof raw.name !== 'string' || typeof raw.version !== 'string') continue;
    // Entries are in file order: the next `[[package]]` header from the previous one.
    let line = lines.findIndex((text, index) => index >= searchFrom && /^\[\[package\]\]/.test(text));
    if (line < 0) line = 0;
    searchFrom = line + 1;
    const groups = Array.isArray(raw.groups) ? raw.groups : [];
    const dev = raw.category === 'dev' || (groups.length > 0 && !groups.includes('main'));
    packages.push({ ecosystem: 'PyPI', name: normalisePythonName(raw.name), version: raw.version, dev, hasInstallScript: false, line });
  }
  return { file, ecosystem: 'PyPI', packages };
}

function parsePipfileLock(file: string, text: string): Lockfile {
  const { root, value } = parseJson(file, text);
  if (!isObject(value)) throw new LockfileError('expected an object', file, 0);
  const line = lineIndex(text);
  const packages: LockedPackage[] = [];
  for (const section of ['default', 'develop']) {
    const entries = value[section];
    if (!isObject(entries)) continue;
    for (const [name, raw] of Object.entries(entries)) {
      if (!isObject(raw) || typeof raw.version !== 'string') continue;
      const node = findNodeAtLocation(root, [section, name]);
      packages.push({ ecosystem: 'PyPI', name: normalisePythonName(name), version: raw.version.replace(/^==/, ''), dev: section === 'develop', hasInstallScript: false, line: line(node?.parent?.offset ?? 0) });
    }
  }
  return { file, ecosystem: 'PyPI', packages };
}
