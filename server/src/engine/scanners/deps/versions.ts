/**
 * Version specs and orderings, written for what the deps gate needs and no more:
 *
 * - how tightly a spec pins (npm ranges, PEP 440 specifiers, Poetry constraints), for the
 *   floating-version rule;
 * - ordering of concrete versions (SemVer 2.0.0 for npm; PEP 440 for PyPI: epochs, releases of
 *   any length, a/b/rc pre-releases, post and dev releases, local versions), for matching locked
 *   versions against OSV advisory ranges.
 */

/** How much a spec lets the installed version move. */
export type Pinning = 'exact' | 'bounded' | 'unbounded' | 'any';

const FULL_SEMVER = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const WILDCARD = /^(\*|x|X|)$/;

/** npm: `1.2.3` exact; `^1.2.3`, `~1.2`, `1.x`, `1.2.3 - 2.0.0`, `>=1 <2` bounded; `>=1.2` unbounded; `*`, `latest`, `` any. */
export function npmPinning(spec: string): Pinning {
  // An alias (`npm:other@^2.0.0`) pins as its own spec does.
  const alias = /^npm:(@?[^@]+)@(.*)$/.exec(spec.trim());
  if (alias) return npmPinning(alias[2]);
  if (/^npm:/.test(spec.trim())) return 'any';
  const sets = spec.trim().split('||').map((set) => set.trim());
  const kinds = sets.map(npmSetPinning);
  return combine(kinds);
}

function combine(kinds: Pinning[]): Pinning {
  if (kinds.includes('any')) return 'any';
  if (kinds.includes('unbounded')) return 'unbounded';
  if (kinds.every((kind) => kind === 'exact')) return 'exact';
  return 'bounded';
}

function npmSetPinning(set: string): Pinning {
  if (WILDCARD.test(set)) return 'any';
  // A dist-tag (`latest`, `next`, `beta`) follows whatever the publisher tags.
  if (/^[A-Za-z][\w.-]*$/.test(set) && !/^[xX](\.|$)/.test(set)) return 'any';
  if (/\s-\s/.test(set)) return 'bounded';
  const comparators = set.replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1').split(/\s+/);
  let lower = false;
  let upper = false;
  let exact = true;
  for (const comparator of comparators) {
    const match = /^(<=|>=|<|>|=|\^|~>?)?(.*)$/.exec(comparator)!;
    const operator = match[1] ?? '';
    const version = match[2];
    if (operator === '<' || operator === '<=') upper = true;
    else if (operator === '>' || operator === '>=') lower = true;
    else if (operator === '^' || operator.startsWith('~')) upper = lower = true;
    else if (WILDCARD.test(version)) return 'any';
    else upper = lower = true;
    if (!((operator === '' || operator === '=') && FULL_SEMVER.test(version))) exact = false;
  }
  if (exact) return 'exact';
  return lower && !upper ? 'unbounded' : 'bounded';
}

/**
 * PEP 440 specifiers (`==1.0`, `>=2,<3`, `~=1.4`) and Poetry constraints (`^1.2`, `~1.2`,
 * `1.2.3`, `>=1 <2`, `1.0 || 2.0`).
 */
export function pythonPinning(spec: string): Pinning {
  const alternatives = spec.trim().split('||').map((part) => part.trim());
  return combine(alternatives.map(pythonSetPinning));
}

function pythonSetPinning(set: string): Pinning {
  if (set === '' || set === '*') return 'any';
  const clauses = set.replace(/(===|==|!=|~=|<=|>=|<|>|\^|~)\s+/g, '$1').split(/[,\s]+/).filter(Boolean);
  let lower = false;
  let upper = false;
  let exact = clauses.length > 0;
  for (const clause of clauses) {
    const match = /^(===|==|!=|~=|<=|>=|<|>|\^|~|=)?(.*)$/.exec(clause)!;
    const operator = match[1] ?? '';
    const version = match[2];
    const wildcard = version.endsWith('*');
    if (operator === '<' || operator === '<=') upper = true;
    else if (operator === '>' || operator === '>=') lower = true;
    else if (operator === '!=') {
      // Excludes one version; pins nothing.
    } else if (version === '*') return 'any';
    else upper = lower = true;
    // `===x`, `==x` and Poetry's bare `1.2.3` name one version.
    const names = (operator === '===' || operator === '==' || operator === '=' || operator === '') && !wildcard;
    if (!names) exact = false;
  }
  if (exact) return 'exact';
  return lower && !upper ? 'unbounded' : !lower && !upper ? 'any' : 'bounded';
}

// ---------------------------------------------------------------------------------------------
// SemVer 2.0.0 ordering

interface SemVer {
  release: [number, number, number];
  prerelease: Array<string | number>;
}

export function parseSemver(version: string): SemVer | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!match) return undefined;
  return {
    release: [Number(match[1]), Number(match[2]), Number(match[3])],
    prerelease: match[4] ? match[4].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [],
  };
}

/** Negative, zero or positive as `a` is before, equal to or after `b`; undefined when either is not SemVer. */
export function compareSemver(a: string, b: string): number | undefined {
  const left = parseSemver(a);
  const right = parseSemver(b);
  if (!left || !right) return undefined;
  for (let i = 0; i < 3; i++) if (left.release[i] !== right.release[i]) return left.release[i] - right.release[i];
  // A pre-release sorts before its release.
  if (left.prerelease.length === 0 || right.prerelease.length === 0) return right.prerelease.length - left.prerelease.length;
  for (let i = 0; i < Math.max(left.prerelease.length, right.prerelease.length); i++) {
    const x = left.prerelease[i];
    const y = right.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // Numeric identifiers sort before alphanumeric ones.
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// PEP 440 ordering

interface Pep440 {
  epoch: number;
  release: number[];
  /** [phase, number]: phase -3 dev-only release, -2 a, -1 b, 0 rc; absent for a final release. */
  pre?: [number, number];
  post?: number;
  dev?: number;
  local: Array<string | number>;
}

const PEP440 = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d*)))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;

export function parsePep440(version: string): Pep440 | undefined {
  const match = PEP440.exec(version.trim());
  if (!match) return undefined;
  const phase = match[3]?.toLowerCase();
  const preRank = phase === undefined ? undefined : phase.startsWith('a') ? -2 : phase.startsWith('b') ? -1 : 0;
  return {
    epoch: Number(match[1] ?? 0),
    release: match[2].split('.').map(Number),
    pre: preRank === undefined ? undefined : [preRank, Number(match[4] || 0)],
    post: match[5] !== undefined ? Number(match[5]) : match[6] !== undefined ? Number(match[7] || 0) : undefined,
    dev: match[8] !== undefined ? Number(match[9] || 0) : undefined,
    local: match[10] ? match[10].split(/[-_.]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part.toLowerCase())) : [],
  };
}

/** Negative, zero or positive as `a` is before, equal to or after `b` in PEP 440 order; undefined when either does not parse. */
export function comparePep440(a: string, b: string): number | undefined {
  const left = parsePep440(a);
  const right = parsePep440(b);
  if (!left || !right) return undefined;
  if (left.epoch !== right.epoch) return left.epoch - right.epoch;
  const length = Math.max(left.release.length, right.release.length);
  for (let i = 0; i < length; i++) {
    const difference = (left.release[i] ?? 0) - (right.release[i] ?? 0);
    if (difference !== 0) return difference;
  }
  const keyOf = (version: Pep440): number[] => {
    // A dev release of a final version (1.0.dev1) sorts before its pre-releases (1.0a1).
    const pre = version.pre ?? (version.dev !== undefined && version.post === undefined ? [-3, 0] : [1, 0]);
    const post = version.post === undefined ? -1 : version.post;
    const dev = version.dev === undefined ? Number.POSITIVE_INFINITY : version.dev;
    return [pre[0], pre[1], post, dev];
  };
  const leftKey = keyOf(left);
  const rightKey = keyOf(right);
  for (let i = 0; i < leftKey.length; i++) if (leftKey[i] !== rightKey[i]) return leftKey[i] < rightKey[i] ? -1 : 1;
  for (let i = 0; i < Math.max(left.local.length, right.local.length); i++) {
    const x = left.local[i];
    const y = right.local[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return 1;
    if (typeof y === 'number') return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The pinned version of a PEP 440 `==x` / `===x` spec (no wildcard), if that is what it is. */
export function pythonPinnedVersion(spec: string): string | undefined {
  const match = /^(?:===?)\s*([^,;\s*]+)$/.exec(spec.trim());
  return match ? match[1] : undefined;
}
