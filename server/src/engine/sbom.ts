/**
 * The Build stage's inventory: a CycloneDX 1.6 SBOM of the packages the workspace's lock files
 * pin (see scanners/deps/lockfiles.ts), built with the CycloneDX library's models and serialised
 * by its JSON serialiser. Shared by `preflight sbom` and the language server's
 * `preflight/generateSbom` request. A lock file that cannot be read stops the SBOM: an inventory
 * that silently leaves packages out would be worse than none.
 */
import { readFile } from 'node:fs/promises';
import { basename as pathBasename, join } from 'node:path';
// Subpath imports keep the validator (and its optional JSON-schema dependencies) out of the bundles.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { parse as parseToml } from 'smol-toml';
import type { PreflightConfig } from './config/preflight';
import { isLockfile, LockfileError, parseLockfile, type Ecosystem, type LockedPackage, type Lockfile } from './scanners/deps/lockfiles';
import { listFiles } from './workspace';

/** The property naming the lock file(s) a component was read from. */
export const LOCKFILE_PROPERTY = 'preflight:lockfile';

export interface SbomSource {
  /** Workspace-relative path, forward slashes. */
  file: string;
  text: string;
}

export interface ProjectIdentity {
  name: string;
  version?: string;
  /** Set when the name comes from a manifest: the root component then gets a purl. */
  ecosystem?: Ecosystem;
}

export interface SbomOptions {
  /** The project the SBOM describes (metadata.component). */
  project: ProjectIdentity;
  /** Preflight's version, for metadata.tools. */
  toolVersion: string;
  /** Include development-only packages, with scope `excluded` (default: left out). */
  includeDev?: boolean;
  /** metadata.timestamp; fix it for reproducible output (default: now). */
  timestamp?: Date;
  /**
   * Manifests beside the lock files (workspace-relative path → text: `package.json`,
   * `pyproject.toml`, `Pipfile`): their declared dependencies are the project's direct ones
   * where the lock file does not record them (Yarn classic, npm v1, Poetry, Pipenv).
   */
  manifests?: ReadonlyMap<string, string>;
}

export interface SbomResult {
  bom: Models.Bom;
  /** The lock files read, in order. */
  lockfiles: string[];
  /** Components per ecosystem (after de-duplication and the dev filter). */
  components: Record<Ecosystem, number>;
  /** Development-only packages left out (0 with includeDev). */
  devExcluded: number;
}

/**
 * Percent-encodes a purl segment: everything but the unreserved characters of RFC 3986, as the
 * purl specification asks (so `@` in an npm scope becomes `%40`, `+` in a version `%2B`).
 */
function purlEncode(segment: string): string {
  return [...new TextEncoder().encode(segment)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/**
 * The package URL of a package: `pkg:npm/%40scope/name@1.2.3`, `pkg:pypi/name@1.0`. PyPI names
 * are lower-cased with `_` as `-`, as the purl type definition says (dots stay).
 */
export function packageUrl(ecosystem: Ecosystem, name: string, version?: string): string {
  const at = version === undefined ? '' : `@${purlEncode(version)}`;
  if (ecosystem === 'PyPI') return `pkg:pypi/${purlEncode(name.toLowerCase().replace(/_/g, '-'))}${at}`;
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const path = slash > 0 ? `${purlEncode(name.slice(0, slash))}/${purlEncode(name.slice(slash + 1))}` : purlEncode(name);
  return `pkg:npm/${path}${at}`;
}

const SRI_ALGORITHMS: Record<string, Enums.HashAlgorithm> = {
  sha1: Enums.HashAlgorithm['SHA-1'],
  sha256: Enums.HashAlgorithm['SHA-256'],
  sha384: Enums.HashAlgorithm['SHA-384'],
  sha512: Enums.HashAlgorithm['SHA-512'],
};

/** Subresource Integrity (`sha512-<base64> sha1-<base64>`) → CycloneDX hashes (hex). Unknown algorithms are skipped. */
export function integrityHashes(integrity: string | undefined): Models.HashDictionary {
  const hashes = new Models.HashDictionary();
  for (const token of (integrity ?? '').split(/\s+/)) {
    const match = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+=*)$/.exec(token);
    if (match && !hashes.has(SRI_ALGORITHMS[match[1]])) hashes.set(SRI_ALGORITHMS[match[1]], Buffer.from(match[2], 'base64').toString('hex'));
  }
  return hashes;
}

/**
 * A library component; an npm scope goes into `group`, as CycloneDX's npm tools write it. The
 * archive's integrity becomes the component's hashes, and an http(s) `resolved` URL its
 * distribution reference (without Yarn's `#sha1` fragment).
 */
function makeComponent(locked: LockedPackage, purl: string): Models.Component {
  const displayName = locked.declaredName ?? locked.name;
  const slash = locked.ecosystem === 'npm' && displayName.startsWith('@') ? displayName.indexOf('/') : -1;
  const component = new Models.Component(Enums.ComponentType.Library, slash > 0 ? displayName.slice(slash + 1) : displayName, {
    group: slash > 0 ? displayName.slice(0, slash) : undefined,
    version: locked.version,
    purl,
    bomRef: purl,
    hashes: integrityHashes(locked.integrity),
  });
  if (locked.resolved && /^https?:\/\//.test(locked.resolved)) {
    component.externalReferences.add(new Models.ExternalReference(locked.resolved.replace(/#.*$/, ''), Enums.ExternalReferenceType.Distribution));
  }
  return component;
}

interface Entry {
  component: Models.Component;
  dev: boolean;
  optional: boolean;
  files: Set<string>;
}

/**
 * Builds the SBOM from lock files (parsed here; a malformed one throws LockfileError naming the
 * file and line). Components are de-duplicated by purl across lock files; one needed outside
 * development anywhere counts as a production component.
 */
export function buildSbom(sources: readonly SbomSource[], options: SbomOptions): SbomResult {
  const ordered = [...sources].sort((a, b) => compareText(a.file, b.file));
  const lockfiles: Lockfile[] = ordered.map((source) => parseLockfile(source.file, source.text));
  const entries = new Map<string, Entry>();
  const purlOf = (locked: LockedPackage) => packageUrl(locked.ecosystem, locked.declaredName ?? locked.name, locked.version);
  for (const lockfile of lockfiles) {
    for (const locked of lockfile.packages) {
      const purl = purlOf(locked);
      const known = entries.get(purl);
      const entry = known ?? { component: makeComponent(locked, purl), dev: true, optional: true, files: new Set<string>() };
      // The same package from another lock file may know its archive where the first did not.
      if (known) {
        for (const [algorithm, content] of integrityHashes(locked.integrity)) if (!known.component.hashes.has(algorithm)) known.component.hashes.set(algorithm, content);
        if (known.component.externalReferences.size === 0) for (const reference of makeComponent(locked, purl).externalReferences) known.component.externalReferences.add(reference);
      }
      entry.dev &&= locked.dev;
      entry.optional &&= locked.optional === true;
      entry.files.add(lockfile.file);
      entries.set(purl, entry);
    }
  }
  const included = (purl: string) => {
    const entry = entries.get(purl);
    return entry !== undefined && (options.includeDev || !entry.dev) ? entry : undefined;
  };

  const project = makeProjectComponent(options.project);
  const bom = new Models.Bom();
  bom.metadata.timestamp = options.timestamp ?? new Date();
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, 'Preflight', { version: options.toolVersion }));
  bom.metadata.component = project;

  const components: Record<Ecosystem, number> = { npm: 0, PyPI: 0 };
  let devExcluded = 0;
  for (const purl of [...entries.keys()].sort(compareText)) {
    const entry = entries.get(purl)!;
    if (!included(purl)) {
      devExcluded++;
      continue;
    }
    // CycloneDX: `excluded` components are "not reachable within a call graph at runtime" (tests,
    // tooling); `optional` ones are not required at runtime (npm optional dependencies).
    entry.component.scope = entry.dev ? Enums.ComponentScope.Excluded : entry.optional ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required;
    for (const file of [...entry.files].sort(compareText)) entry.component.properties.add(new Models.Property(LOCKFILE_PROPERTY, file));
    bom.components.add(entry.component);
    components[purl.startsWith('pkg:pypi/') ? 'PyPI' : 'npm']++;
  }

  for (const lockfile of lockfiles) {
    for (const [from, targets] of lockfile.dependencies ?? []) {
      const source = included(purlOf(from));
      for (const target of targets) {
        const destination = included(purlOf(target));
        if (source && destination && source !== destination) source.component.dependencies.add(destination.component.bomRef);
      }
    }
    for (const target of lockfile.direct ?? declaredDirect(lockfile, options.manifests)) {
      const destination = included(purlOf(target));
      if (destination) project.dependencies.add(destination.component.bomRef);
    }
  }
  return { bom, lockfiles: lockfiles.map((lockfile) => lockfile.file), components, devExcluded };
}

/** Which manifest declares what a lock file locks. */
const MANIFEST_OF_LOCKFILE: Record<string, string> = {
  'package-lock.json': 'package.json',
  'npm-shrinkwrap.json': 'package.json',
  'yarn.lock': 'package.json',
  'pnpm-lock.yaml': 'package.json',
  'poetry.lock': 'pyproject.toml',
  'Pipfile.lock': 'Pipfile',
};

export const MANIFEST_NAMES = ['package.json', 'pyproject.toml', 'Pipfile'] as const;

/** The lock file's packages that the manifest beside it declares (none when there is no manifest). */
function declaredDirect(lockfile: Lockfile, manifests: ReadonlyMap<string, string> | undefined): LockedPackage[] {
  const slash = lockfile.file.lastIndexOf('/');
  const manifestFile = `${lockfile.file.slice(0, slash + 1)}${MANIFEST_OF_LOCKFILE[lockfile.file.slice(slash + 1)]}`;
  const text = manifests?.get(manifestFile);
  if (text === undefined || !lockfile.resolveManifestDependency) return [];
  const found: LockedPackage[] = [];
  for (const [name, range] of declaredDependencies(manifestFile, text)) {
    const locked = lockfile.resolveManifestDependency(name, range);
    if (locked && !found.includes(locked)) found.push(locked);
  }
  return found;
}

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A manifest parsed: JSON for package.json, TOML for the others. A broken one throws with its line. */
function parseManifest(file: string, text: string): Table {
  const clean = text.replace(/^\uFEFF/, '');
  let value: unknown;
  if (file === 'package.json' || file.endsWith('/package.json')) {
    try {
      value = JSON.parse(clean);
    } catch (error) {
      throw new LockfileError(`not valid JSON: ${(error as Error).message}`, file, jsonErrorLine(clean, error as Error));
    }
  } else {
    try {
      value = parseToml(clean);
    } catch (error) {
      const line = (error as { line?: number }).line;
      throw new LockfileError(`not valid TOML: ${(error as Error).message.split('\n')[0]}`, file, line ? line - 1 : 0);
    }
  }
  return isTable(value) ? value : {};
}

/** A PEP 508 requirement's project name (`requests[socks] >= 2.31; python_version > "3.8"` → `requests`). */
function requirementName(requirement: unknown): string | undefined {
  return typeof requirement === 'string' ? /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement)?.[1] : undefined;
}

/** `[name, range]` of every dependency a manifest declares, development ones included (the SBOM filters those). */
export function declaredDependencies(file: string, text: string): Array<[string, string]> {
  const manifest = parseManifest(file, text);
  const found: Array<[string, string]> = [];
  const fromTable = (table: unknown) => {
    if (isTable(table)) for (const [name, range] of Object.entries(table)) found.push([name, typeof range === 'string' ? range : '']);
  };
  const fromRequirements = (list: unknown) => {
    for (const requirement of Array.isArray(list) ? list : []) {
      const name = requirementName(requirement);
      if (name) found.push([name, '']);
    }
  };
  if (file.endsWith('package.json')) {
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) fromTable(manifest[key]);
  } else if (file.endsWith('Pipfile')) {
    fromTable(manifest.packages);
    fromTable(manifest['dev-packages']);
  } else {
    const project = isTable(manifest.project) ? manifest.project : {};
    fromRequirements(project.dependencies);
    if (isTable(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) fromRequirements(list);
    if (isTable(manifest['dependency-groups'])) for (const list of Object.values(manifest['dependency-groups'])) fromRequirements(list);
    const poetry = isTable(manifest.tool) && isTable(manifest.tool.poetry) ? manifest.tool.poetry : {};
    fromTable(poetry.dependencies);
    fromTable(poetry['dev-dependencies']);
    if (isTable(poetry.group)) for (const group of Object.values(poetry.group)) if (isTable(group)) fromTable(group.dependencies);
  }
  // Poetry lists the interpreter among the dependencies.
  return found.filter(([name]) => name.toLowerCase() !== 'python');
}

function makeProjectComponent(project: ProjectIdentity): Models.Component {
  const purl = project.ecosystem ? packageUrl(project.ecosystem, project.name, project.version) : undefined;
  const slash = project.ecosystem === 'npm' && project.name.startsWith('@') ? project.name.indexOf('/') : -1;
  return new Models.Component(Enums.ComponentType.Application, slash > 0 ? project.name.slice(slash + 1) : project.name, {
    group: slash > 0 ? project.name.slice(0, slash) : undefined,
    version: project.version,
    purl,
    bomRef: purl ?? project.name,
  });
}

/** Code-unit order, independent of the locale: the same input gives the same bytes everywhere. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));

/** The SBOM as CycloneDX 1.6 JSON text, lists sorted, two-space indented, ending with a newline. */
export function serialiseSbom(bom: Models.Bom): string {
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}

/**
 * The project's identity from the manifest at the workspace root: package.json `name`/`version`,
 * else pyproject.toml (`[project]`, then `[tool.poetry]`), else the folder's name. A manifest
 * that cannot be parsed is an error (file and line), not a silent fallback.
 */
export function projectIdentity(manifests: { 'package.json'?: string; 'pyproject.toml'?: string }, folderName: string): ProjectIdentity {
  const packageJson = manifests['package.json'];
  if (packageJson !== undefined) {
    const { name, version } = parseManifest('package.json', packageJson);
    if (typeof name === 'string' && name) return { name, version: typeof version === 'string' ? version : undefined, ecosystem: 'npm' };
  }
  const pyproject = manifests['pyproject.toml'];
  if (pyproject !== undefined) {
    const value = parseManifest('pyproject.toml', pyproject);
    const poetry = isTable(value.tool) ? value.tool.poetry : undefined;
    for (const table of [value.project, poetry]) {
      if (isTable(table) && typeof table.name === 'string' && table.name) return { name: table.name, version: typeof table.version === 'string' ? table.version : undefined, ecosystem: 'PyPI' };
    }
  }
  return { name: folderName };
}

function jsonErrorLine(text: string, error: Error): number {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return 0;
  return text.slice(0, Number(position[1])).split('\n').length - 1;
}

/**
 * metadata.timestamp from SOURCE_DATE_EPOCH (reproducible-builds.org: seconds since the epoch),
 * undefined when it is unset. A malformed value is an error, not a silent "now".
 */
export function timestampFromEnvironment(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${raw}"`);
  return new Date(Number(raw.trim()) * 1000);
}

export interface WorkspaceSbom extends SbomResult {
  text: string;
}

/**
 * Reads every lock file under root that the configuration does not exclude (no size limit:
 * skipping a big lock file would make the SBOM silently partial) and the root manifests, and
 * builds the SBOM. Returns undefined when there is no lock file.
 */
export async function workspaceSbom(root: string, config: PreflightConfig, options: Omit<SbomOptions, 'project'>): Promise<WorkspaceSbom | undefined> {
  const files = (await listFiles(root, config)).filter(isLockfile);
  if (files.length === 0) return undefined;
  const sources: SbomSource[] = [];
  for (const file of files) sources.push({ file, text: await readFile(join(root, file), 'utf8') });
  // The manifests at the root (the project) and beside each lock file (its direct dependencies).
  const manifests = new Map<string, string>();
  for (const folder of new Set(['', ...files.map((file) => file.slice(0, file.lastIndexOf('/') + 1))])) {
    for (const name of MANIFEST_NAMES) {
      const text = await readFile(join(root, folder + name), 'utf8').catch(() => undefined);
      if (text !== undefined) manifests.set(folder + name, text);
    }
  }
  const project = projectIdentity({ 'package.json': manifests.get('package.json'), 'pyproject.toml': manifests.get('pyproject.toml') }, pathBasename(root));
  const result = buildSbom(sources, { ...options, project, manifests });
  return { ...result, text: serialiseSbom(result.bom) };
}

/** One line for people: `12 components (10 npm, 2 PyPI) from 2 lock files: a, b; 3 development-only left out`. */
export function sbomSummary(result: SbomResult): string {
  const total = result.components.npm + result.components.PyPI;
  const perEcosystem = (Object.entries(result.components) as Array<[Ecosystem, number]>).filter(([, count]) => count > 0).map(([ecosystem, count]) => `${count} ${ecosystem}`);
  const dev = result.devExcluded > 0 ? `; ${result.devExcluded} development-only left out (--include-dev to list them)` : '';
  return `${total} component(s)${perEcosystem.length > 0 ? ` (${perEcosystem.join(', ')})` : ''} from ${result.lockfiles.length} lock file(s): ${result.lockfiles.join(', ')}${dev}`;
}
