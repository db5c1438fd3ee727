/**
 * `preflight.yml`: which gates exist, the scanners behind each, what fails them, what is
 * excluded. Absent file → the defaults below. A malformed file is an error with a position,
 * never a silent fallback to defaults.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { SCANNER_IDS, SEVERITIES, type GateConfig, type GateMode, type ScannerId, type Severity } from '../types';
import type { AdvisoryDatabase } from '../scanners/deps/advisories';
import type { Baseline } from './baseline';
import type { Discovery } from './discovery';
import type { CheckovConfig } from './checkov';
import type { GitleaksConfig } from './gitleaks';

export const CONFIG_FILE_NAMES = ['preflight.yml', 'preflight.yaml'];

export interface PreflightConfig {
  gates: GateConfig[];
  /** Globs (relative to the workspace root) that no scanner reads. */
  exclude: string[];
  /** Files larger than this are skipped with a notice. */
  maxFileBytes: number;
  /** The file it came from, or undefined for defaults. */
  source?: string;
  /** Without a preflight.yml: the gates discovered from the pipeline's own definition. */
  discovery?: Discovery;
  /** Where the gitleaks configuration is read from (`gitleaks-config` in preflight.yml). */
  gitleaksConfigPath: string;
  /** The repository's `.gitleaks.toml`, when there is one. */
  gitleaks?: GitleaksConfig;
  /** `.preflight/baseline.json`: accepted findings by fingerprint. */
  baseline?: Baseline;
  /** Where offline OSV advisories are read from (`deps-advisories` in preflight.yml), workspace-relative. */
  depsAdvisoriesPath?: string;
  /** The advisories read from there. */
  advisories?: AdvisoryDatabase;
  /** `.gitleaksignore` fingerprints. */
  gitleaksIgnore?: ReadonlySet<string>;
  /** `checkov-config` in preflight.yml (Checkov's `--config-file`); undefined: `.checkov.yaml` or `.checkov.yml`. */
  checkovConfigPath?: string;
  /** The repository's Checkov configuration, when there is one. */
  checkov?: CheckovConfig;
  /** Tool configuration files that could not be read: the gates of their scanners are error. */
  problems: ConfigProblem[];
  /** Identifies the content of every configuration file read (part of the scan cache key). */
  digest: string;
}

export interface ConfigProblem {
  scanner: ScannerId;
  error: ConfigError;
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** 1-based line, 1-based column. */
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Always-excluded folders: dependencies and VCS metadata are never the project's own code. */
export const DEFAULT_EXCLUDES = ['**/node_modules/**', '**/.git/**'];

export function defaultConfig(): PreflightConfig {
  return {
    gates: [
      { name: 'secrets', stage: 'source', scanners: ['secrets'], failOn: 'low', mode: 'hard', origin: 'default' },
      { name: 'sast', stage: 'source', scanners: ['sast'], failOn: 'medium', mode: 'hard', origin: 'default' },
      { name: 'iac', stage: 'source', scanners: ['iac'], failOn: 'low', mode: 'hard', origin: 'default' },
      { name: 'deps', stage: 'source', scanners: ['deps'], failOn: 'medium', mode: 'hard', origin: 'default' },
    ],
    exclude: [],
    maxFileBytes: 5 * 1024 * 1024,
    gitleaksConfigPath: '.gitleaks.toml',
    problems: [],
    digest: 'default',
  };
}

const GATE_KEYS = new Set(['stage', 'scanners', 'fail-on', 'mode']);
const TOP_KEYS = new Set(['version', 'gates', 'exclude', 'max-file-size-kb', 'gitleaks-config', 'checkov-config', 'deps-advisories']);

/** Parses the text of a `preflight.yml`. `file` is the workspace-relative name used in messages. */
export function parseConfig(text: string, file: string): PreflightConfig {
  const { document, fail, lineCounter } = readYamlConfig(text, file);
  const config = defaultConfig();
  config.source = file;
  const root = document.contents;
  if (root === null || root === undefined) return config;
  if (!isMap(root)) return fail('expected a mapping with `gates`, `exclude`', root);

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (!TOP_KEYS.has(key)) fail(`unknown key \`${key}\` (expected one of: ${[...TOP_KEYS].join(', ')})`, pair.key as YamlNode);
    if (key === 'version') {
      if (!isScalar(value) || value.value !== 1) fail('`version` must be 1', value);
    } else if (key === 'exclude') {
      config.exclude = stringList(value, '`exclude`', fail);
    } else if (key === 'max-file-size-kb') {
      if (!isScalar(value) || typeof value.value !== 'number' || value.value <= 0) fail('`max-file-size-kb` must be a positive number', value);
      config.maxFileBytes = Number((value as { value: number }).value) * 1024;
    } else if (key === 'gitleaks-config') {
      if (!isScalar(value) || typeof value.value !== 'string' || !value.value) fail('`gitleaks-config` must be a path relative to the workspace root', value);
      config.gitleaksConfigPath = String((value as { value: string }).value);
    } else if (key === 'checkov-config') {
      if (!isScalar(value) || typeof value.value !== 'string' || !value.value) fail('`checkov-config` must be a path relative to the workspace root', value);
      config.checkovConfigPath = String((value as { value: string }).value);
    } else if (key === 'deps-advisories') {
      if (!isScalar(value) || typeof value.value !== 'string' || !value.value) fail('`deps-advisories` must be the path of a folder of OSV advisories (JSON), relative to the workspace root', value);
      config.depsAdvisoriesPath = String((value as { value: string }).value);
    } else if (key === 'gates') {
      config.gates = parseGates(value, file, lineCounter, fail);
    }
  }
  return config;
}

/** Throws a ConfigError at a YAML node's position (the file's start without one). */
export type Fail = (message: string, node?: { range?: [number, number, number] | null } | null) => never;

/**
 * A YAML configuration file (BOM dropped) and a `fail` that reports at a node's line and column.
 * Throws a ConfigError at the first YAML syntax error: a malformed file is never half read.
 */
export function readYamlConfig(text: string, file: string): { document: Document.Parsed; fail: Fail; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const fail: Fail = (message, node) => {
    const position = lineCounter.linePos(node?.range?.[0] ?? 0);
    throw new ConfigError(message, file, position.line, position.col);
  };
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const position = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`YAML syntax error: ${error.message.split('\n')[0]}`, file, position.line, position.col);
  }
  return { document, fail, lineCounter };
}

function parseGates(value: YamlNode | null, file: string, lineCounter: LineCounter, fail: Fail): GateConfig[] {
  if (!isMap(value)) return fail('`gates` must be a mapping of gate name → settings', value);
  const gates: GateConfig[] = [];
  const claimed = new Map<ScannerId, string>();
  for (const pair of value.items) {
    const keyNode = pair.key as YamlNode;
    const name = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!/^[a-z][a-z0-9-]*$/.test(name)) fail(`gate name \`${name}\` must be lower-case letters, digits and dashes`, keyNode);
    const settings = pair.value as YamlNode | null;
    if (!isMap(settings)) fail(`gate \`${name}\` must be a mapping (stage, scanners, fail-on, mode)`, settings ?? keyNode);
    const gate: GateConfig = {
      name,
      stage: 'source',
      scanners: [],
      failOn: 'low',
      mode: 'hard',
      origin: `${file}:${lineCounter.linePos(keyNode.range?.[0] ?? 0).line}`,
    };
    for (const item of (settings as Extract<YamlNode, { items: unknown[] }> & { items: { key: unknown; value: unknown }[] }).items) {
      const itemKey = item.key as YamlNode;
      const key = isScalar(itemKey) ? String(itemKey.value) : '';
      const itemValue = item.value as YamlNode | null;
      if (!GATE_KEYS.has(key)) fail(`unknown gate setting \`${key}\` (expected one of: ${[...GATE_KEYS].join(', ')})`, itemKey);
      if (key === 'stage') {
        if (!isScalar(itemValue) || typeof itemValue.value !== 'string') fail('`stage` must be a string such as `source` or `build`', itemValue);
        gate.stage = String((itemValue as { value: string }).value);
      } else if (key === 'scanners') {
        const scanners = stringList(itemValue, '`scanners`', fail);
        for (const scanner of scanners) {
          if (!(SCANNER_IDS as readonly string[]).includes(scanner)) fail(`unknown scanner \`${scanner}\` (expected one of: ${SCANNER_IDS.join(', ')})`, itemValue);
          const owner = claimed.get(scanner as ScannerId);
          if (owner) fail(`scanner \`${scanner}\` already belongs to gate \`${owner}\`; a scanner feeds one gate`, itemValue);
          claimed.set(scanner as ScannerId, name);
        }
        gate.scanners = scanners as ScannerId[];
      } else if (key === 'fail-on') {
        const severity = isScalar(itemValue) ? String(itemValue.value) : '';
        if (!(SEVERITIES as readonly string[]).includes(severity)) fail(`\`fail-on\` must be one of: ${SEVERITIES.join(', ')}`, itemValue);
        gate.failOn = severity as Severity;
      } else if (key === 'mode') {
        const mode = isScalar(itemValue) ? String(itemValue.value) : '';
        if (mode !== 'hard' && mode !== 'soft') fail('`mode` must be `hard` (fails the pipeline) or `soft` (reports only)', itemValue);
        gate.mode = mode as GateMode;
      }
    }
    if (gate.scanners.length === 0) fail(`gate \`${name}\` needs at least one scanner`, keyNode);
    gates.push(gate);
  }
  return gates;
}

function stringList(value: YamlNode | null, what: string, fail: Fail): string[] {
  if (!isSeq(value)) return fail(`${what} must be a list of strings`, value);
  return value.items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') fail(`${what} must be a list of strings`, item as YamlNode);
    return String((item as { value: string }).value);
  });
}
