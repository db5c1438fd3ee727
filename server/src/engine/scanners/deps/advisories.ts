/**
 * Known vulnerabilities, offline: OSV-format advisories (https://ossf.github.io/osv-schema/) from
 * a folder the user points to (`deps-advisories:` in preflight.yml), for example an export of
 * the OSV database (`<ecosystem>/all.zip`, unzipped) or advisories written by hand. Preflight
 * never downloads them.
 *
 * A locked version is affected when it is listed in `affected[].versions`, or falls in a range
 * of `affected[].ranges` of type SEMVER or ECOSYSTEM: events sorted by version, `introduced`
 * opens an interval, `fixed` (exclusive) or `last_affected` (inclusive) closes it. GIT ranges
 * name commits, which a lock file does not record, and are ignored.
 */
import type { Severity } from '../../types';
import { normalisePythonName, type Ecosystem } from './lockfiles';
import { comparePep440, compareSemver } from './versions';

export interface Advisory {
  id: string;
  summary: string;
  aliases: string[];
  /** The version that fixes it for this package, when the advisory says. */
  fixed?: string;
  severity?: Severity;
}

interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

interface OsvAffected {
  ecosystem: Ecosystem;
  name: string;
  versions: string[];
  ranges: Array<{ type: string; events: OsvEvent[] }>;
  severity?: Severity;
}

interface OsvRecord {
  id: string;
  summary: string;
  aliases: string[];
  severity?: Severity;
  /** Withdrawn advisories are kept by the database but no longer apply. */
  withdrawn: boolean;
  affected: OsvAffected[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export class AdvisoryError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'AdvisoryError';
  }
}

/** The ecosystems of the deps gate, by their OSV names. */
function osvEcosystem(value: unknown): Ecosystem | undefined {
  return value === 'npm' ? 'npm' : value === 'PyPI' ? 'PyPI' : undefined;
}

function packageKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}:${ecosystem === 'PyPI' ? normalisePythonName(name) : name}`;
}

export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | undefined {
  return ecosystem === 'npm' ? compareSemver(a, b) : comparePep440(a, b);
}

/**
 * Severity from the advisory: GitHub's `database_specific.severity` (LOW, MODERATE, HIGH,
 * CRITICAL), else a CVSS v3/v4 vector's base score when the record carries a numeric score.
 */
function severityOf(record: Json): Severity | undefined {
  const specific = isObject(record.database_specific) ? record.database_specific.severity : undefined;
  if (typeof specific === 'string') {
    const named = ({ CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' } as Record<string, Severity>)[specific.toUpperCase()];
    if (named) return named;
  }
  for (const entry of Array.isArray(record.severity) ? record.severity : []) {
    if (!isObject(entry) || typeof entry.score !== 'string') continue;
    const score = Number(entry.score);
    if (Number.isFinite(score)) return cvssSeverity(score);
    const fromVector = cvss3BaseScore(entry.score);
    if (fromVector !== undefined) return cvssSeverity(fromVector);
  }
  return undefined;
}

/** CVSS v3 qualitative ratings. */
export function cvssSeverity(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** The base score of a CVSS 3.x vector (the specification's formula), or undefined when it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined;
  const metrics = new Map(vector.split('/').slice(1).map((part) => part.split(':') as [string, string]));
  const weight = (name: string, table: Record<string, number>) => table[metrics.get(name) ?? ''];
  const scopeChanged = metrics.get('S') === 'C';
  const av = weight('AV', { N: 0.85, A: 0.62, L: 0.55, P: 0.2 });
  const ac = weight('AC', { L: 0.77, H: 0.44 });
  const pr = weight('PR', scopeChanged ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 });
  const ui = weight('UI', { N: 0.85, R: 0.62 });
  const impact = ['C', 'I', 'A'].map((name) => weight(name, { H: 0.56, L: 0.22, N: 0 }));
  if ([av, ac, pr, ui, ...impact].some((value) => value === undefined)) return undefined;
  const iss = 1 - impact.reduce((product, value) => product * (1 - value), 1);
  const impactScore = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impactScore <= 0) return 0;
  const raw = scopeChanged ? Math.min(1.08 * (impactScore + exploitability), 10) : Math.min(impactScore + exploitability, 10);
  // CVSS "round up" to one decimal.
  const scaled = Math.round(raw * 100000);
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}

/** Reads one OSV record. Throws AdvisoryError when it is not one. */
export function parseOsvRecord(text: string, file: string): OsvRecord {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AdvisoryError(`not valid JSON: ${(error as Error).message}`, file);
  }
  if (!isObject(value) || typeof value.id !== 'string') throw new AdvisoryError('not an OSV record (no `id`)', file);
  const severity = severityOf(value);
  const affected: OsvAffected[] = [];
  for (const entry of Array.isArray(value.affected) ? value.affected : []) {
    if (!isObject(entry) || !isObject(entry.package)) continue;
    const ecosystem = osvEcosystem(entry.package.ecosystem);
    if (!ecosystem || typeof entry.package.name !== 'string') continue;
    const ranges = (Array.isArray(entry.ranges) ? entry.ranges : [])
      .filter(isObject)
      .map((range) => ({ type: String(range.type), events: (Array.isArray(range.events) ? range.events : []).filter(isObject) as OsvEvent[] }));
    const entrySeverity = isObject(entry.database_specific) ? severityOf({ database_specific: entry.database_specific }) : undefined;
    affected.push({ ecosystem, name: entry.package.name, versions: strings(entry.versions), ranges, severity: entrySeverity });
  }
  return {
    id: value.id,
    summary: typeof value.summary === 'string' ? value.summary : typeof value.details === 'string' ? value.details.split('\n')[0].slice(0, 200) : '',
    aliases: strings(value.aliases),
    severity,
    withdrawn: typeof value.withdrawn === 'string',
    affected,
  };
}

/**
 * The id two reports of the same advisory share: its GHSA id when it has one (OSV, npm and
 * pip-audit all alias it), else its CVE, else its own id.
 */
export function canonicalAdvisoryId(id: string, aliases: readonly string[]): string {
  const all = [id, ...aliases];
  return all.find((candidate) => candidate.startsWith('GHSA-')) ?? all.find((candidate) => candidate.startsWith('CVE-')) ?? id;
}

/** The fingerprint basis of a vulnerability finding; the built-in rule uses the same. */
export function vulnerabilityBasis(name: string, version: string, id: string, aliases: readonly string[]): string {
  return `${name}@${version}:${canonicalAdvisoryId(id, aliases)}`;
}

/** Advisories indexed by package. */
export class AdvisoryDatabase {
  private readonly byPackage = new Map<string, Array<{ record: OsvRecord; affected: OsvAffected }>>();
  size = 0;

  add(record: OsvRecord): void {
    if (record.withdrawn) return;
    this.size++;
    for (const affected of record.affected) {
      const key = packageKey(affected.ecosystem, affected.name);
      this.byPackage.set(key, [...(this.byPackage.get(key) ?? []), { record, affected }]);
    }
  }

  /** The advisories affecting one version of a package. */
  lookup(ecosystem: Ecosystem, name: string, version: string): Advisory[] {
    const found: Advisory[] = [];
    for (const { record, affected } of this.byPackage.get(packageKey(ecosystem, name)) ?? []) {
      const match = affects(affected, version);
      if (!match.affected) continue;
      if (found.some((advisory) => advisory.id === record.id)) continue;
      found.push({ id: record.id, summary: record.summary, aliases: record.aliases, fixed: match.fixed, severity: affected.severity ?? record.severity });
    }
    return found;
  }
}

function affects(affected: OsvAffected, version: string): { affected: boolean; fixed?: string } {
  if (affected.versions.includes(version)) return { affected: true, fixed: firstFixedAfter(affected, version) };
  for (const range of affected.ranges) {
    if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
    const compare = (a: string, b: string) => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersions(affected.ecosystem, a, b));
    // Walk the events in version order; `introduced: "0"` is before everything.
    const events = range.events
      .map((event) => ({ event, at: event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '' }))
      .filter((entry) => entry.at !== '' && entry.event.limit === undefined)
      .sort((a, b) => compare(a.at, b.at) ?? 0);
    let inside = false;
    let unknown = false;
    for (const { event, at } of events) {
      const order = compare(version, at);
      if (order === undefined) {
        unknown = true;
        break;
      }
      if (event.introduced !== undefined) {
        if (order >= 0) inside = true;
      } else if (event.fixed !== undefined) {
        if (order >= 0) inside = false;
      } else if (event.last_affected !== undefined) {
        if (order > 0) inside = false;
      }
    }
    if (!unknown && inside) return { affected: true, fixed: firstFixedAfter(affected, version) };
  }
  return { affected: false };
}

/** The lowest `fixed` version above `version` in any range: the upgrade that clears it. */
function firstFixedAfter(affected: OsvAffected, version: string): string | undefined {
  const candidates = affected.ranges
    .flatMap((range) => range.events.map((event) => event.fixed))
    .filter((fixed): fixed is string => typeof fixed === 'string' && (compareVersions(affected.ecosystem, fixed, version) ?? 0) > 0);
  return candidates.sort((a, b) => compareVersions(affected.ecosystem, a, b) ?? 0)[0];
}
