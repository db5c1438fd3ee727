/**
 * A repository's Checkov configuration (`.checkov.yaml` / `.checkov.yml` at the root, or the file
 * `checkov-config:` in preflight.yml names, Checkov's `--config-file`), read with positions, and
 * what it means for the iac gate, following Checkov's documented CLI semantics:
 *
 * - `check` / `skip-check`: check ids, wildcards (`CKV_AWS_*`, fnmatch-style) or severities
 *   (LOW, MEDIUM, HIGH, CRITICAL). `check` is an allowlist (a severity includes that severity and
 *   above); `skip-check` removes checks (a severity skips that severity and below). An id or
 *   wildcard beats a severity; in a tie between severities the check is skipped.
 *   Preflight does not run checks outside `check`; checks in `skip-check` run and are reported as
 *   skipped (suppressed, with the reason), so a user sees what the configuration hides.
 * - `framework` / `skip-framework`: which frameworks are scanned at all.
 * - `skip-path`: regular expressions searched in each path as `checkov -d .` sees it
 *   (`./dir`, `./dir/main.tf`); a matching directory skips everything under it. Compiled with RE2:
 *   linear time, so a repository's pattern cannot hang the editor.
 * - `soft-fail`, `soft-fail-on`, `hard-fail-on`: per failed check, in Checkov's order of
 *   precedence: an id in hard-fail-on, an id in soft-fail-on, a severity at or above the lowest
 *   hard-fail-on severity, a severity at or below the highest soft-fail-on severity; otherwise
 *   soft when `soft-fail` is set or when only hard-fail-on criteria were given, else hard.
 *   A soft-failed finding is reported but does not fail the iac gate; the gate's own `fail-on`
 *   and `mode` in preflight.yml still apply on top.
 * - `external-checks-dir` / `external-checks-git`: repository code (Python or YAML checks).
 *   Preflight never runs it; a trusted workspace passes them to an installed Checkov only.
 *
 * Severities: Checkov itself only knows a check's severity with a platform API key; Preflight's
 * checks carry their own, and severity criteria are applied to those.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { severityRank, type Finding, type Severity, type Suppression } from '../types';
import { GoPattern } from './gitleaks';
import { readYamlConfig, type Fail } from './preflight';

export const CHECKOV_CONFIG_FILE_NAMES = ['.checkov.yaml', '.checkov.yml'];

/** Checkov's severity names, mapped onto Preflight's (Checkov has no `info`). */
const CHECKOV_SEVERITIES: Record<string, Severity> = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' };

/** Frameworks Checkov knows (`--framework` values); Preflight scans a subset of them. */
export const CHECKOV_FRAMEWORKS = [
  'all', 'ansible', 'argo_workflows', 'arm', 'azure_pipelines', 'bicep', 'bitbucket_configuration', 'bitbucket_pipelines',
  'cdk', 'circleci_pipelines', 'cloudformation', 'dockerfile', 'github_actions', 'github_configuration', 'gitlab_ci',
  'gitlab_configuration', 'helm', 'json', 'kubernetes', 'kustomize', 'openapi', 'sca_image', 'sca_package', 'secrets',
  'serverless', 'terraform', 'terraform_json', 'terraform_plan', 'yaml',
] as const;

/** One item of `check`, `skip-check`, `soft-fail-on` or `hard-fail-on`. */
export type CheckSelector = { kind: 'id'; pattern: string; matcher: RegExp } | { kind: 'severity'; severity: Severity; text: string };

export interface CheckovConfig {
  /** Workspace-relative file it came from. */
  file: string;
  check: CheckSelector[];
  skipCheck: CheckSelector[];
  softFail: boolean;
  softFailOn: CheckSelector[];
  hardFailOn: CheckSelector[];
  /** Empty: every framework. */
  frameworks: string[];
  skipFrameworks: string[];
  skipPaths: GoPattern[];
  externalChecksDirs: string[];
  externalChecksGits: string[];
}


/** Parses a Checkov configuration file. Throws ConfigError (file, line, column) on bad YAML or bad values. */
export function parseCheckovConfig(text: string, file: string): CheckovConfig {
  const { document, fail } = readYamlConfig(text, file);
  const config: CheckovConfig = {
    file,
    check: [],
    skipCheck: [],
    softFail: false,
    softFailOn: [],
    hardFailOn: [],
    frameworks: [],
    skipFrameworks: [],
    skipPaths: [],
    externalChecksDirs: [],
    externalChecksGits: [],
  };
  const root = document.contents;
  if (root === null || root === undefined) return config;
  if (!isMap(root)) return fail('expected a mapping of Checkov options (check, skip-check, framework…)', root);
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    // Checkov accepts its long option names with dashes; configargparse also takes underscores.
    const key = isScalar(keyNode) ? String(keyNode.value).replace(/_/g, '-') : '';
    const value = pair.value as YamlNode | null;
    switch (key) {
      case 'check':
        config.check = selectors(value, '`check`', fail);
        break;
      case 'skip-check':
        config.skipCheck = selectors(value, '`skip-check`', fail);
        break;
      case 'soft-fail-on':
        config.softFailOn = selectors(value, '`soft-fail-on`', fail);
        break;
      case 'hard-fail-on':
        config.hardFailOn = selectors(value, '`hard-fail-on`', fail);
        break;
      case 'soft-fail':
        config.softFail = boolean(value, '`soft-fail`', fail);
        break;
      case 'framework':
      case 'skip-framework': {
        const names = items(value, `\`${key}\``, fail);
        for (const { text: name, node } of names) {
          if (!(CHECKOV_FRAMEWORKS as readonly string[]).includes(name)) fail(`\`${key}\`: unknown framework \`${name}\` (Checkov knows: ${CHECKOV_FRAMEWORKS.join(', ')})`, node);
        }
        const list = names.map((item) => item.text);
        if (key === 'framework') config.frameworks = list.includes('all') ? [] : list;
        else config.skipFrameworks = list;
        break;
      }
      case 'skip-path':
        config.skipPaths = items(value, '`skip-path`', fail, false).map(({ text: source, node }) => {
          try {
            return new GoPattern(source);
          } catch (error) {
            return fail(`\`skip-path\`: \`${source}\` is not a regular expression Preflight can run in linear time: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`, node);
          }
        });
        break;
      case 'external-checks-dir':
        config.externalChecksDirs = items(value, '`external-checks-dir`', fail, false).map((item) => item.text);
        break;
      case 'external-checks-git':
        config.externalChecksGits = items(value, '`external-checks-git`', fail, false).map((item) => item.text);
        break;
      default:
      // Every other Checkov option (output, quiet, compact, directory, download-external-modules…)
      // changes how Checkov prints or fetches, not what fails the gate: accepted and ignored.
    }
  }
  for (const framework of config.skipFrameworks) {
    if (config.frameworks.includes(framework)) fail(`\`skip-framework\` cannot name \`${framework}\`, which \`framework\` includes`, root);
  }
  return config;
}

/** A list of strings, or one string of comma-separated items (both are what Checkov accepts). */
function items(value: YamlNode | null, what: string, fail: Fail, splitCommas = true): Array<{ text: string; node: YamlNode }> {
  const nodes: YamlNode[] = isSeq(value) ? (value.items as YamlNode[]) : value ? [value] : [];
  if (!value || (!isSeq(value) && !isScalar(value))) fail(`${what} must be a string or a list of strings`, value);
  const result: Array<{ text: string; node: YamlNode }> = [];
  for (const node of nodes) {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') fail(`${what} must be a string or a list of strings`, node);
    const raw = String((node as { value: unknown }).value);
    for (const part of splitCommas ? raw.split(',') : [raw]) {
      const text = part.trim();
      if (text) result.push({ text, node });
    }
  }
  return result;
}

function selectors(value: YamlNode | null, what: string, fail: Fail): CheckSelector[] {
  return items(value, what, fail).map(({ text, node }) => {
    const severity = CHECKOV_SEVERITIES[text.toUpperCase()];
    if (severity) return { kind: 'severity', severity, text: text.toUpperCase() };
    if (!/^[A-Za-z0-9_.*?-]+$/.test(text)) fail(`${what}: \`${text}\` is neither a check id (CKV_AWS_20, CKV_AWS_*) nor a severity (LOW, MEDIUM, HIGH, CRITICAL)`, node);
    return { kind: 'id', pattern: text, matcher: wildcard(text) };
  });
}

function boolean(value: YamlNode | null, what: string, fail: Fail): boolean {
  if (isScalar(value) && typeof value.value === 'boolean') return value.value;
  if (isScalar(value) && typeof value.value === 'string' && /^(true|false)$/i.test(value.value)) return value.value.toLowerCase() === 'true';
  return fail(`${what} must be true or false`, value);
}

/** fnmatch as Checkov applies it to check ids: `*` any run, `?` one character, the rest literal. */
function wildcard(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

const matchesId = (selectors: CheckSelector[], checkId: string) =>
  selectors.find((selector): selector is Extract<CheckSelector, { kind: 'id' }> => selector.kind === 'id' && selector.matcher.test(checkId));

/** The lowest (`lowest`) or highest severity named in a list, if any. */
function severityBound(selectors: CheckSelector[], pick: 'lowest' | 'highest'): Severity | undefined {
  const severities = selectors.flatMap((selector) => (selector.kind === 'severity' ? [selector.severity] : []));
  if (severities.length === 0) return undefined;
  return severities.reduce((a, b) => ((pick === 'lowest' ? severityRank(b) < severityRank(a) : severityRank(b) > severityRank(a)) ? b : a));
}

const checkovName = (severity: Severity) => severity.toUpperCase();

/** What the configuration decides for one check. */
export type CheckSelection = { run: false; why: string } | { run: true; skipped?: Suppression };

/** Whether a check runs (`check`), and whether it is reported as skipped (`skip-check`). */
export function selectCheck(config: CheckovConfig, checkId: string, severity: Severity): CheckSelection {
  const by = `${config.file} skip-check`;
  const skipId = matchesId(config.skipCheck, checkId);
  if (skipId) return { run: true, skipped: { by, external: true, reason: skipId.pattern === checkId ? `${checkId} is listed` : `${checkId} matches ${skipId.pattern}` } };
  const explicitlyChecked = matchesId(config.check, checkId) !== undefined;
  const skipUpTo = severityBound(config.skipCheck, 'highest');
  if (!explicitlyChecked && skipUpTo && severityRank(severity) <= severityRank(skipUpTo)) {
    return { run: true, skipped: { by, external: true, reason: `severity ${checkovName(severity)} is at or below ${checkovName(skipUpTo)}` } };
  }
  if (config.check.length > 0 && !explicitlyChecked) {
    const checkFrom = severityBound(config.check, 'lowest');
    if (!checkFrom || severityRank(severity) < severityRank(checkFrom)) return { run: false, why: `not selected by ${config.file} check` };
  }
  return { run: true };
}

/** For a failed check: undefined when it fails its gate (hard), else why it only reports (soft). */
export function softFailReason(config: CheckovConfig, checkId: string, severity: Severity): string | undefined {
  const where = config.file;
  if (matchesId(config.hardFailOn, checkId)) return undefined;
  const softId = matchesId(config.softFailOn, checkId);
  if (softId) return `${where} soft-fail-on ${softId.pattern}`;
  const hardFrom = severityBound(config.hardFailOn, 'lowest');
  if (hardFrom && severityRank(severity) >= severityRank(hardFrom)) return undefined;
  const softUpTo = severityBound(config.softFailOn, 'highest');
  if (softUpTo && severityRank(severity) <= severityRank(softUpTo)) return `${where} soft-fail-on ${checkovName(softUpTo)}`;
  if (config.softFail) return `${where} soft-fail`;
  if (config.hardFailOn.length > 0 && config.softFailOn.length === 0) return `not in ${where} hard-fail-on`;
  return undefined;
}

/** Whether Checkov scans a framework under this configuration. */
export function frameworkEnabled(config: CheckovConfig, framework: string): boolean {
  if (config.skipFrameworks.includes(framework)) return false;
  return config.frameworks.length === 0 || config.frameworks.includes(framework);
}

/** Whether `skip-path` skips a workspace-relative file: any pattern found in `./dir`, `./dir/sub`, … or `./dir/sub/file`. */
export function pathSkipped(config: CheckovConfig, path: string): boolean {
  if (config.skipPaths.length === 0) return false;
  const parts = path.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const candidate = `./${parts.slice(0, depth).join('/')}`;
    if (config.skipPaths.some((pattern) => pattern.test(candidate))) return true;
  }
  return false;
}

/**
 * Applies the configuration to one IaC finding (built-in or from the external Checkov):
 * undefined when its check does not run; else the finding, skipped (suppressed) by `skip-check`
 * and marked soft-failed as `soft-fail*` / `hard-fail-on` decide.
 */
export function applyCheckovConfig(finding: Finding, config: CheckovConfig): Finding | undefined {
  const selection = selectCheck(config, finding.ruleId, finding.severity);
  if (!selection.run) return undefined;
  const suppressed = finding.suppressed ?? selection.skipped;
  const softFail = softFailReason(config, finding.ruleId, finding.severity);
  return { ...finding, ...(suppressed ? { suppressed } : {}), ...(softFail ? { softFail } : {}) };
}
