/**
 * Dependency manifests as lists of declared dependencies, each with the offsets of its
 * declaration so a finding lands on the manifest line: `package.json`, pip requirements files
 * (`requirements*.txt`, `constraints*.txt`), `pyproject.toml` (PEP 621 and Poetry) and `Pipfile`.
 *
 * Offsets are UTF-16 code units into the text as given (a BOM, if the caller kept one, counts).
 */
import { parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { basename, normalisePythonName, type Ecosystem } from './lockfiles';

export type ManifestKind = 'npm' | 'requirements' | 'pyproject' | 'pipfile';

/** Where a dependency comes from, read from its spec. */
export type SourceKind = 'registry' | 'git' | 'url' | 'path' | 'workspace';

export interface DeclaredDependency {
  /** As written in npm; PEP 503-normalised for Python. */
  name: string;
  /** The version spec as written (`^1.2.0`, `>=2,<3`, `*`); for a git/URL/path source, the source. */
  spec: string;
  source: SourceKind;
  /** The manifest section: `dependencies`, `devDependencies`, `project.dependencies`, `tool.poetry.dependencies`, `packages`… */
  section: string;
  /** Offsets of the whole declaration (key and value, or the requirement line). */
  start: number;
  end: number;
}

/** A package index the manifest installs from (pip options, Pipfile/Poetry sources). */
export interface PackageIndex {
  url: string;
  /** `index-url` replaces PyPI; `extra-index-url` adds one beside it; `find-links` adds a page of files. */
  role: 'index-url' | 'extra-index-url' | 'find-links' | 'trusted-host' | 'source';
  start: number;
  end: number;
}

export interface Manifest {
  kind: ManifestKind;
  ecosystem: Ecosystem;
  dependencies: DeclaredDependency[];
  indexes: PackageIndex[];
  /** Offsets of where dependencies are declared (the first section key or header), for file-level findings. */
  anchor?: { start: number; end: number };
  /** npm: declares `workspaces` (a monorepo root whose lock file covers its members). */
  workspaces?: boolean;
  /** Poetry project (`[tool.poetry]`), whose lock file is `poetry.lock`. */
  poetry?: boolean;
}

export class ManifestError extends Error {
  constructor(
    message: string,
    /** Offset of the problem. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ManifestError';
  }
}

const REQUIREMENTS_NAME = /^(requirements|constraints)([-_.][\w.-]*)?\.(txt|in)$/i;

/** The manifest kind a file name has, if any. */
export function manifestKind(path: string): ManifestKind | undefined {
  const name = basename(path.replace(/\\/g, '/'));
  if (name === 'package.json') return 'npm';
  if (name === 'pyproject.toml') return 'pyproject';
  if (name === 'Pipfile') return 'pipfile';
  if (REQUIREMENTS_NAME.test(name)) return 'requirements';
  return undefined;
}

/** Parses a manifest by its name. Throws ManifestError (with an offset) when it is malformed. */
export function parseManifest(path: string, raw: string): Manifest | undefined {
  // A BOM becomes a space, so offsets still index the text as given.
  const text = raw.replace(/^\uFEFF/, ' ');
  switch (manifestKind(path)) {
    case 'npm':
      return parsePackageJson(text);
    case 'requirements':
      return parseRequirements(text);
    case 'pyproject':
      return parsePyproject(text);
    case 'pipfile':
      return parsePipfile(text);
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// npm

export const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** How npm reads a dependency spec (package.json `dependencies` values). */
export function npmSource(spec: string): SourceKind {
  const value = spec.trim();
  if (value.startsWith('npm:')) {
    const inner = value.slice(4);
    const at = inner.indexOf('@', 1);
    return at < 0 ? 'registry' : npmSource(inner.slice(at + 1));
  }
  if (value.startsWith('workspace:')) return 'workspace';
  if (/^(git\+|git:\/\/|git@|github:|gitlab:|bitbucket:|gist:)/i.test(value)) return 'git';
  if (/^https?:\/\//i.test(value)) return 'url';
  if (/^(file:|link:|\.\.?\/|\/|~\/|[A-Za-z]:[\\/])/.test(value)) return 'path';
  // `user/repo` or `user/repo#ref`: GitHub shorthand (a scoped name would start with `@`).
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(value)) return 'git';
  return 'registry';
}

function parsePackageJson(text: string): Manifest {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const error = errors[0];
    throw new ManifestError(`not valid JSON (${error ? printParseErrorCode(error.error) : 'empty'})`, error?.offset ?? 0);
  }
  if (root.type !== 'object') throw new ManifestError('package.json must hold an object', root.offset);
  const manifest: Manifest = { kind: 'npm', ecosystem: 'npm', dependencies: [], indexes: [] };
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    if (name === 'workspaces') manifest.workspaces = true;
    if (!(NPM_SECTIONS as readonly string[]).includes(name) || value.type !== 'object') continue;
    if ((value.children ?? []).length > 0) manifest.anchor ??= { start: key.offset, end: key.offset + key.length };
    for (const entry of value.children ?? []) {
      const [depKey, depValue] = entry.children ?? [];
      if (!depKey || !depValue) continue;
      if (depValue.type !== 'string') throw new ManifestError(`the version of ${String(depKey.value)} in ${name} must be a string`, depValue.offset);
      const spec = String(depValue.value);
      manifest.dependencies.push({ name: String(depKey.value), spec, source: npmSource(spec), section: name, start: depKey.offset, end: endOf(depValue) });
    }
  }
  return manifest;
}

function endOf(node: JsonNode): number {
  return node.offset + node.length;
}

// ---------------------------------------------------------------------------------------------
// pip requirements

/** A PEP 508 requirement: name, extras, version specifiers or URL, markers. */
export interface Requirement {
  name: string;
  /** Comma-separated specifiers (`==1.0`, `>=2,<3`), empty when none. */
  specifiers: string;
  url?: string;
}

const PEP508 = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;

/** Parses a PEP 508 string (`requests[socks]>=2.8.1,<3; python_version < "3.8"`, `pkg @ https://…`). */
export function parsePep508(text: string): Requirement | undefined {
  const match = PEP508.exec(text.trim());
  if (!match) return undefined;
  let rest = match[3].trim();
  if (rest.startsWith('@')) {
    // The URL ends at whitespace followed by `;` (a marker), as PEP 508 requires.
    const url = rest.slice(1).trim().split(/\s+;/)[0].trim();
    return { name: normalisePythonName(match[1]), specifiers: '', url };
  }
  const semicolon = rest.indexOf(';');
  if (semicolon >= 0) rest = rest.slice(0, semicolon);
  rest = rest.trim().replace(/^\((.*)\)$/, '$1');
  return { name: normalisePythonName(match[1]), specifiers: rest.replace(/\s+/g, '') };
}

/** pip's `#egg=name` (git and archive URLs without a `name @`). */
function eggName(url: string): string | undefined {
  const match = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url);
  return match ? normalisePythonName(match[1]) : undefined;
}

function pythonUrlSource(url: string): SourceKind {
  if (/^git\+|^(hg|svn|bzr)\+/i.test(url)) return 'git';
  if (/^(https?:\/\/|\$\{)/i.test(url)) return 'url';
  return 'path';
}

/**
 * One logical line of a requirements file (continuations joined) with the offset of each of
 * its characters in the file, so a match inside it maps back to the file.
 */
interface LogicalLine {
  text: string;
  start: number;
  end: number;
}

function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const physical = /[^\r\n]*(\r?\n|$)/g;
  let pending: LogicalLine | undefined;
  for (let match = physical.exec(text); match && match[0].length > 0; match = physical.exec(text)) {
    const content = match[0].replace(/\r?\n$/, '');
    const start = match.index;
    // pip drops comments (`#` at the start or after whitespace) before joining continuations.
    const comment = /(^|\s)#/.exec(content);
    const code = comment ? content.slice(0, comment.index) : content;
    const continued = /\\$/.test(code);
    const piece = continued ? code.slice(0, -1) : code;
    if (pending) {
      pending.text += piece;
      pending.end = start + piece.length;
    } else {
      pending = { text: piece, start, end: start + piece.length };
    }
    if (!continued) {
      lines.push(pending);
      pending = undefined;
    }
    if (match.index + match[0].length >= text.length) break;
  }
  if (pending) lines.push(pending);
  return lines;
}

/** Options that take a value, as pip's requirements file format defines them. */
const PIP_VALUE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--trusted-host', '--no-binary', '--only-binary', '--use-feature', '--hash', '--config-settings', '--global-option']);

function parseRequirements(text: string): Manifest {
  const manifest: Manifest = { kind: 'requirements', ecosystem: 'PyPI', dependencies: [], indexes: [] };
  for (const line of logicalLines(text)) {
    const content = line.text.trim();
    if (!content) continue;
    const lead = line.start + line.text.indexOf(content);
    const span = { start: lead, end: lead + content.length };
    if (content.startsWith('-')) {
      const option = /^(--?[\w-]+)(?:\s*=\s*|\s+)?(\S*)/.exec(content);
      const name = option?.[1] ?? content;
      const value = option?.[2] ?? '';
      if (name === '-i' || name === '--index-url') manifest.indexes.push({ url: value, role: 'index-url', ...span });
      else if (name === '--extra-index-url') manifest.indexes.push({ url: value, role: 'extra-index-url', ...span });
      else if (name === '-f' || name === '--find-links') manifest.indexes.push({ url: value, role: 'find-links', ...span });
      else if (name === '--trusted-host') manifest.indexes.push({ url: value, role: 'trusted-host', ...span });
      else if (name === '-e' || name === '--editable') {
        const target = content.replace(/^(-e|--editable)(\s*=\s*|\s+)/, '').trim();
        manifest.dependencies.push({ name: eggName(target) ?? target, spec: target, source: pythonUrlSource(target), section: 'editable', ...span });
      }
      // `-r`/`-c` includes are scanned as files of their own; other options do not name a dependency.
      else if (!PIP_VALUE_OPTIONS.has(name) && !name.startsWith('--')) throw new ManifestError(`unknown option ${name}`, lead);
      continue;
    }
    // Per-requirement options (`--hash=sha256:…`) follow the requirement.
    const requirementText = content.split(/\s+--?[a-z][\w-]*(?:[=\s]|$)/)[0].trim();
    // pip expands `${VAR}` before reading the line: such a line is a URL or path with a variable part.
    if (/^(\.{0,2}\/|[A-Za-z]:[\\/]|[a-z][a-z0-9+.-]*:\/\/|\$\{)/i.test(requirementText)) {
      // A bare URL or path: a wheel, an archive, a VCS checkout.
      manifest.dependencies.push({ name: eggName(requirementText) ?? requirementText, spec: requirementText, source: pythonUrlSource(requirementText), section: 'requirements', ...span });
      continue;
    }
    const requirement = parsePep508(requirementText);
    if (!requirement) throw new ManifestError(`not a requirement: ${requirementText.slice(0, 60)}`, lead);
    manifest.dependencies.push({
      name: requirement.name,
      spec: requirement.url ?? requirement.specifiers,
      source: requirement.url ? pythonUrlSource(requirement.url) : 'registry',
      section: 'requirements',
      ...span,
    });
  }
  manifest.anchor = manifest.dependencies[0] ? { start: manifest.dependencies[0].start, end: manifest.dependencies[0].end } : undefined;
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// TOML manifests: smol-toml gives values, not positions, so declarations are found in the text by
// their table header and key.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

interface TomlLine {
  start: number;
  text: string;
}

/** The text's lines with their offsets, and the table each belongs to (`tool.poetry.dependencies`). */
class TomlLocator {
  private readonly lines: Array<TomlLine & { table: string; header: boolean }> = [];

  constructor(private readonly text: string) {
    let table = '';
    let offset = 0;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\r$/, '');
      const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
      if (header) table = header[1].split('.').map((part) => part.trim().replace(/^["']|["']$/g, '')).join('.');
      this.lines.push({ start: offset, text: line, table, header: Boolean(header) });
      offset += raw.length + 1;
    }
  }

  /** The header line of a table (`[tool.poetry.dependencies]`), or of its `nth` array entry (`[[source]]`). */
  header(table: string, nth = 0): { start: number; end: number } | undefined {
    const found = this.lines.filter((line) => line.header && line.table === table)[nth];
    return found ? { start: found.start + found.text.length - found.text.trimStart().length, end: found.start + found.text.trimEnd().length } : undefined;
  }

  /** The line of `key = …` directly in `table`, or the header of the sub-table `[table.key]`. */
  key(table: string, key: string, nth = 0): { start: number; end: number } | undefined {
    const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^\\s*(${quoted}|"${quoted}"|'${quoted}')\\s*=`, 'i');
    const found = this.lines.filter((line) => !line.header && line.table === table && pattern.test(line.text))[nth];
    if (found) return { start: found.start + found.text.length - found.text.trimStart().length, end: found.start + found.text.trimEnd().length };
    return this.header(`${table}.${key}`);
  }

  /**
   * The string literal `value` inside the array `key` of `table` (PEP 621 lists), searched from
   * `after` so that repeated strings map to successive occurrences.
   */
  arrayString(table: string, key: string, value: string, after: number): { start: number; end: number } | undefined {
    const keyAt = this.key(table, key);
    if (!keyAt) return undefined;
    const from = Math.max(after, keyAt.start);
    for (const quote of ['"', "'"]) {
      const literal = `${quote}${value}${quote}`;
      const at = this.text.indexOf(literal, from);
      if (at >= 0) return { start: at, end: at + literal.length };
    }
    return undefined;
  }
}

function tomlValue(text: string): Json {
  try {
    return parseToml(text) as Json;
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    let offset = 0;
    if (line) {
      const lines = text.split('\n');
      for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
      offset += Math.max(0, (column ?? 1) - 1);
    }
    throw new ManifestError(`not valid TOML: ${(error as Error).message.split('\n')[0]}`, offset);
  }
}

/** A Poetry or Pipenv dependency value: `"^1.2"`, `{ version = "…" }`, `{ git = "…" }`, `{ path = "…" }`. */
function tableDependency(value: unknown): { spec: string; source: SourceKind } {
  if (typeof value === 'string') return { spec: value, source: 'registry' };
  if (Array.isArray(value)) {
    // Poetry's multiple-constraint form: one entry per Python version.
    const specs = value.map((entry) => tableDependency(entry));
    return specs.find((entry) => entry.source !== 'registry') ?? { spec: specs.map((entry) => entry.spec).join(' || '), source: 'registry' };
  }
  if (!isObject(value)) return { spec: '', source: 'registry' };
  if (typeof value.git === 'string') return { spec: `git+${value.git}${typeof value.rev === 'string' ? `@${value.rev}` : typeof value.tag === 'string' ? `@${value.tag}` : typeof value.branch === 'string' ? `@${value.branch}` : ''}`, source: 'git' };
  if (typeof value.url === 'string') return { spec: value.url, source: 'url' };
  if (typeof value.path === 'string') return { spec: value.path, source: 'path' };
  if (typeof value.file === 'string') return { spec: value.file, source: /^https?:/.test(value.file) ? 'url' : 'path' };
  return { spec: typeof value.version === 'string' ? value.version : '', source: 'registry' };
}

function tableDependencies(manifest: Manifest, locator: TomlLocator, table: string, entries: unknown, skip: (name: string) => boolean): void {
  if (!isObject(entries)) return;
  const header = locator.header(table);
  if (header && Object.keys(entries).some((name) => !skip(name))) manifest.anchor ??= header;
  for (const [name, value] of Object.entries(entries)) {
    if (skip(name)) continue;
    const at = locator.key(table, name) ?? header ?? { start: 0, end: 0 };
    manifest.dependencies.push({ name: normalisePythonName(name), ...tableDependency(value), section: table, ...at });
  }
}

function sourceIndexes(manifest: Manifest, locator: TomlLocator, table: string, sources: unknown): void {
  if (!Array.isArray(sources)) return;
  sources.forEach((source, nth) => {
    if (!isObject(source) || typeof source.url !== 'string') return;
    const at = locator.header(table, nth) ?? { start: 0, end: 0 };
    manifest.indexes.push({ url: source.url, role: 'source', ...at });
  });
}

function parsePyproject(text: string): Manifest {
  const value = tomlValue(text);
  const locator = new TomlLocator(text);
  const manifest: Manifest = { kind: 'pyproject', ecosystem: 'PyPI', dependencies: [], indexes: [] };
  const project = isObject(value.project) ? value.project : undefined;
  const pep621 = (key: string, list: unknown, section: string, table = 'project') => {
    if (!Array.isArray(list)) return;
    let after = 0;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const requirement = parsePep508(item);
      if (!requirement) continue;
      const at = locator.arrayString(table, key, item, after) ?? locator.key(table, key) ?? { start: 0, end: 0 };
      after = at.end;
      manifest.anchor ??= locator.key(table, key);
      manifest.dependencies.push({
        name: requirement.name,
        spec: requirement.url ?? requirement.specifiers,
        source: requirement.url ? pythonUrlSource(requirement.url) : 'registry',
        section,
        ...at,
      });
    }
  };
  if (project) {
    pep621('dependencies', project.dependencies, 'project.dependencies');
    if (isObject(project['optional-dependencies'])) {
      for (const [group, list] of Object.entries(project['optional-dependencies'])) pep621(group, list, `project.optional-dependencies.${group}`, 'project.optional-dependencies');
    }
  }
  const tool = isObject(value.tool) ? value.tool : {};
  const poetry = isObject(tool.poetry) ? tool.poetry : undefined;
  if (poetry) {
    manifest.poetry = true;
    // `python` is the interpreter constraint, not a package.
    const skip = (name: string) => name.toLowerCase() === 'python';
    tableDependencies(manifest, locator, 'tool.poetry.dependencies', poetry.dependencies, skip);
    tableDependencies(manifest, locator, 'tool.poetry.dev-dependencies', poetry['dev-dependencies'], skip);
    if (isObject(poetry.group)) {
      for (const [group, settings] of Object.entries(poetry.group)) {
        if (isObject(settings)) tableDependencies(manifest, locator, `tool.poetry.group.${group}.dependencies`, settings.dependencies, skip);
      }
    }
    sourceIndexes(manifest, locator, 'tool.poetry.source', poetry.source);
  }
  return manifest;
}

function parsePipfile(text: string): Manifest {
  const value = tomlValue(text);
  const locator = new TomlLocator(text);
  const manifest: Manifest = { kind: 'pipfile', ecosystem: 'PyPI', dependencies: [], indexes: [] };
  tableDependencies(manifest, locator, 'packages', value.packages, () => false);
  tableDependencies(manifest, locator, 'dev-packages', value['dev-packages'], () => false);
  sourceIndexes(manifest, locator, 'source', value.source);
  return manifest;
}
