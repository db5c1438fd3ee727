/**
 * Gate discovery: without a `preflight.yml`, the gates are the ones the pipeline itself runs.
 * Reads AWS CodeBuild buildspecs, GitHub Actions workflows and `.gitlab-ci.yml`; recognises
 * `checkov`, `gitleaks`, `preflight gates` and dependency audits (`osv-scanner`, `npm`/`pnpm`/`yarn
 * audit`, `pip-audit`) and the common actions and templates;
 * and derives each gate's mode and threshold from the flags the pipeline passes, remembering the
 * file and line every gate came from.
 *
 * Pure: the caller reads the files (see `PIPELINE_FILES`) and passes their text.
 */
import picomatch from 'picomatch';
import { SEVERITIES, severityRank, type GateConfig, type GateMode, type ScannerId, type Severity } from '../../types';
import { ConfigError, defaultConfig } from '../preflight';
import { readBuildspec, readGitlab, readWorkflow, type Origin, type PipelineFile } from './ci-files';
import { basename, parseFlags, splitCommands } from './shell';

/** Where pipelines are defined, relative to the workspace root. */
export const PIPELINE_FILES = ['buildspec.yml', 'buildspec.yaml', 'buildspec-*.yml', '.github/workflows/*.yml', '.github/workflows/*.yaml', '.gitlab-ci.yml'];
const isPipelineFile = picomatch(PIPELINE_FILES, { dot: true });

export function isPipelineDefinition(path: string): boolean {
  return isPipelineFile(path);
}

export interface CheckovOptions {
  directories: string[];
  files: string[];
  frameworks: string[];
  checks: string[];
  skipChecks: string[];
  softFail: boolean;
  /** Check ids and/or severities, as Checkov takes them. */
  softFailOn: string[];
  hardFailOn: string[];
  configFile?: string;
  skipPaths: string[];
  /** `--external-checks-dir/-git`: repository code Checkov would run. */
  externalChecks: string[];
}

export interface GitleaksOptions {
  /** `detect`/`git` scan history, `dir`/`protect` the tree or staged changes. */
  mode: string;
  configPath?: string;
  baselinePath?: string;
  /** `--exit-code` (gitleaks fails with 1 by default). */
  exitCode: number;
}

export interface PipelineStep {
  tool: 'checkov' | 'gitleaks' | 'preflight' | 'gitlab-template' | 'osv-scanner' | 'npm-audit' | 'pip-audit';
  origin: Origin & { context: string; text: string };
  scanners: ScannerId[];
  mode: GateMode;
  failOn: Severity;
  /** One line, for `--explain`: what the step asks for in Preflight's words. */
  summary: string;
  checkov?: CheckovOptions;
  gitleaks?: GitleaksOptions;
}

export interface Discovery {
  /** Pipeline files read, workspace-relative. */
  sources: string[];
  steps: PipelineStep[];
  /**
   * The gates, one per scanner (a scanner feeds one gate), strictest setting wins. Scanners the
   * pipeline does not run become soft gates with the origin `ADVISORY`.
   */
  gates: GateConfig[];
  /** Pipeline files that could not be read; their gates are unknown. */
  problems: ConfigError[];
}

/** Discovers the gates from pipeline files given as workspace-relative path → text. */
export function discoverGates(files: ReadonlyMap<string, string>): Discovery {
  const discovery: Discovery = { sources: [], steps: [], gates: [], problems: [] };
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let pipeline: PipelineFile;
    try {
      pipeline = path.startsWith('.github/') ? readWorkflow(path, text) : path.endsWith('.gitlab-ci.yml') ? readGitlab(path, text) : readBuildspec(path, text);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      discovery.problems.push(error);
      continue;
    }
    discovery.sources.push(path);
    discovery.steps.push(...stepsOf(pipeline).sort((a, b) => a.origin.line - b.origin.line));
  }
  discovery.gates = gatesOf(discovery.steps);
  return discovery;
}

function stepsOf(pipeline: PipelineFile): PipelineStep[] {
  const steps: PipelineStep[] = [];
  for (const script of pipeline.scripts) {
    for (const command of splitCommands(script.text)) {
      const origin = { file: script.file, line: script.line + (script.linesExact ? command.line : 0), context: script.context, text: command.text };
      const step = commandStep(command.argv, origin);
      if (step) steps.push(step);
    }
  }
  for (const action of pipeline.actions) {
    const origin = { file: action.file, line: action.line, context: action.context, text: `uses: ${action.uses}` };
    const name = action.uses.split('@')[0].toLowerCase();
    if (name === 'bridgecrewio/checkov-action') steps.push(checkovStep(checkovActionOptions(action.inputs), origin));
    if (name.startsWith('google/osv-scanner-action')) steps.push(auditStep('osv-scanner', 'medium', origin));
    if (name === 'pypa/gh-action-pip-audit') steps.push(auditStep('pip-audit', 'medium', origin));
    if (name === 'gitleaks/gitleaks-action' || name === 'zricethezav/gitleaks-action') {
      steps.push(gitleaksStep({ mode: 'git', configPath: action.env.GITLEAKS_CONFIG || action.inputs.config || undefined, exitCode: 1 }, origin));
    }
  }
  for (const include of pipeline.templates) {
    const step = templateStep(include.template, { file: include.file, line: include.line, context: 'include', text: `template: ${include.template}` });
    if (step) steps.push(step);
  }
  return steps;
}

const CHECKOV_VALUES = new Set(['d', 'directory', 'f', 'file', 'framework', 'c', 'check', 'skip-check', 'soft-fail-on', 'hard-fail-on', 'config-file', 'skip-path', 'o', 'output', 'output-file-path', 'external-checks-dir', 'external-checks-git', 'bc-api-key', 'prisma-api-url', 'repo-id', 'branch', 'var-file', 'skip-framework', 'download-external-modules', 'evaluate-variables', 'ca-certificate', 'policy-metadata-filter', 'secrets-scan-file-type', 'summary-position', 'block-list-secret-scan', 'deep-analysis', 'repo-root-for-plan-enrichment', 'skip-results-upload', 'openai-api-key', 'custom-tool-name', 'create-baseline', 'baseline', 'output-baseline-as-skipped', 'mask', 'docker-image', 'dockerfile-path', 'add-check', 'include-all-checkov-policies', 'skip-cve-package', 'framework-filter', 'run-all-external-checks', 'support']);
const GITLEAKS_VALUES = new Set(['c', 'config', 'b', 'baseline-path', 'exit-code', 'r', 'report-path', 'f', 'report-format', 's', 'source', 'log-opts', 'l', 'log-level', 'max-target-megabytes', 'i', 'gitleaks-ignore-path', 'enable-rule', 'max-decode-depth', 'report-template', 'max-archive-depth', 'timeout']);
const PREFLIGHT_VALUES = new Set(['format', 'f', 'output', 'o', 'stage', 'gate', 'shard']);

function commandStep(argv: string[], origin: PipelineStep['origin']): PipelineStep | undefined {
  const program = basename(argv[0]).toLowerCase().replace(/\.(exe|cmd)$/, '');
  const args = argv.slice(1);
  if (program === 'checkov') {
    const { flags } = parseFlags(args, CHECKOV_VALUES);
    if (['v', 'version', 'h', 'help', 'l', 'list'].some((flag) => flags.has(flag))) return undefined;
    const list = (...names: string[]) => names.flatMap((name) => flags.get(name) ?? []).flatMap((value) => value.split(/[,\s]+/)).filter(Boolean);
    const options: CheckovOptions = {
      directories: list('d', 'directory'),
      files: list('f', 'file'),
      frameworks: list('framework'),
      checks: list('c', 'check'),
      skipChecks: list('skip-check'),
      softFail: flags.has('s') || flags.has('soft-fail'),
      softFailOn: list('soft-fail-on'),
      hardFailOn: list('hard-fail-on'),
      configFile: flags.get('config-file')?.at(-1),
      skipPaths: list('skip-path'),
      externalChecks: list('external-checks-dir', 'external-checks-git'),
    };
    return checkovStep(options, origin);
  }
  if (program === 'gitleaks') {
    const [subcommand = 'detect', ...rest] = args[0]?.startsWith('-') ? ['detect', ...args] : args;
    if (!['detect', 'dir', 'directory', 'git', 'protect', 'stdin'].includes(subcommand)) return undefined; // version, help, completion
    const { flags } = parseFlags(rest, GITLEAKS_VALUES);
    const exitCode = Number(flags.get('exit-code')?.at(-1) ?? 1);
    return gitleaksStep(
      { mode: subcommand, configPath: flags.get('c')?.at(-1) ?? flags.get('config')?.at(-1), baselinePath: flags.get('b')?.at(-1) ?? flags.get('baseline-path')?.at(-1), exitCode: Number.isFinite(exitCode) ? exitCode : 1 },
      origin,
    );
  }
  const audit = auditCommand(program, args);
  if (audit) return auditStep(audit.tool, audit.failOn, origin);
  const preflight = program === 'preflight' || (program === 'node' && /(^|[\\/])(cli|preflight)(\.js)?$/.test(args[0] ?? ''));
  if (preflight) {
    const rest = program === 'node' ? args.slice(1) : args;
    if (rest[0] !== 'gates') return undefined;
    const { flags } = parseFlags(rest.slice(1), PREFLIGHT_VALUES);
    const stages = new Set((flags.get('stage') ?? []).flatMap((value) => value.split(',')));
    const names = new Set((flags.get('gate') ?? []).flatMap((value) => value.split(',')));
    const gates = defaultConfig().gates.filter((gate) => (stages.size === 0 || stages.has(gate.stage)) && (names.size === 0 || names.has(gate.name)));
    return {
      tool: 'preflight',
      origin,
      scanners: gates.flatMap((gate) => gate.scanners),
      mode: 'hard',
      failOn: 'low',
      summary: `preflight gates with its default gates (${gates.map((gate) => gate.name).join(', ')})`,
    };
  }
  return undefined;
}

function checkovActionOptions(inputs: Record<string, string>): CheckovOptions {
  const list = (name: string) => (inputs[name] ?? '').split(/[,\s]+/).filter(Boolean);
  return {
    directories: list('directory'),
    files: list('file'),
    frameworks: list('framework'),
    checks: list('check'),
    skipChecks: list('skip_check'),
    softFail: /^true$/i.test(inputs.soft_fail ?? ''),
    softFailOn: list('soft_fail_on'),
    hardFailOn: list('hard_fail_on'),
    configFile: inputs.config_file || undefined,
    skipPaths: list('skip_path'),
    externalChecks: [...list('external_checks_dirs'), ...list('external_checks_repos')],
  };
}

const SEVERITY_NAMES = new Map<string, Severity>([
  ['CRITICAL', 'critical'],
  ['HIGH', 'high'],
  ['MEDIUM', 'medium'],
  ['LOW', 'low'],
  ['INFO', 'info'],
]);

/**
 * Checkov fails on every failed check unless told otherwise. A severity in `--hard-fail-on`
 * means "this or higher fails"; in `--soft-fail-on`, "this or lower does not". Check ids in
 * either list are per-check overrides, kept in the options for the checks themselves.
 */
function checkovStep(options: CheckovOptions, origin: PipelineStep['origin']): PipelineStep {
  const severities = (values: string[]) => values.map((value) => SEVERITY_NAMES.get(value.toUpperCase())).filter((value): value is Severity => !!value);
  const hard = severities(options.hardFailOn);
  const soft = severities(options.softFailOn);
  let failOn: Severity = 'info';
  let mode: GateMode = options.softFail ? 'soft' : 'hard';
  if (hard.length > 0) {
    failOn = hard.reduce((a, b) => (severityRank(a) <= severityRank(b) ? a : b));
    mode = 'hard';
  } else if (soft.length > 0) {
    const highestSoft = soft.reduce((a, b) => (severityRank(a) >= severityRank(b) ? a : b));
    const above = SEVERITIES[SEVERITIES.indexOf(highestSoft) - 1];
    if (above) failOn = above;
    else mode = 'soft';
  }
  const parts = [mode === 'soft' ? 'reports only (soft fail)' : `fails on ${failOn} or higher`];
  if (options.frameworks.length) parts.push(`frameworks ${options.frameworks.join(', ')}`);
  if (options.checks.length) parts.push(`only ${options.checks.join(', ')}`);
  if (options.skipChecks.length) parts.push(`skips ${options.skipChecks.join(', ')}`);
  if (options.configFile) parts.push(`config ${options.configFile}`);
  if (options.externalChecks.length) parts.push(`external checks ${options.externalChecks.join(', ')} (never run by Preflight)`);
  return { tool: 'checkov', origin, scanners: ['iac'], mode, failOn, summary: `checkov: ${parts.join('; ')}`, checkov: options };
}

function gitleaksStep(options: GitleaksOptions, origin: PipelineStep['origin']): PipelineStep {
  const mode: GateMode = options.exitCode === 0 ? 'soft' : 'hard';
  const parts = [mode === 'soft' ? 'reports only (--exit-code 0)' : 'fails on any leak'];
  if (options.configPath) parts.push(`config ${options.configPath}`);
  if (options.baselinePath) parts.push(`baseline ${options.baselinePath}`);
  if (options.mode === 'detect' || options.mode === 'git') parts.push('scans git history in CI; Preflight scans the working tree');
  return { tool: 'gitleaks', origin, scanners: ['secrets'], mode, failOn: 'info', summary: `gitleaks ${options.mode}: ${parts.join('; ')}`, gitleaks: options };
}

const AUDIT_LEVELS: Record<string, Severity> = { info: 'info', low: 'low', moderate: 'medium', high: 'high', critical: 'critical' };

/**
 * Dependency audits. They fail on any known vulnerability (npm audit from `--audit-level`, default
 * low); the deps gate keeps its own threshold (medium) unless the command sets a higher one, since
 * Preflight's deps rules go beyond the tool (pins, lock files) and its lows are hygiene notes the
 * tool would not fail on.
 */
function auditCommand(program: string, args: string[]): { tool: PipelineStep['tool']; failOn: Severity } | undefined {
  if (program === 'osv-scanner') return args.some((arg) => ['--version', '-v', '--help', '-h', 'help'].includes(arg)) ? undefined : { tool: 'osv-scanner', failOn: 'medium' };
  if (program === 'pip-audit' || program === 'pip_audit') return args.some((arg) => arg === '--version' || arg === '--help' || arg === '-h') ? undefined : { tool: 'pip-audit', failOn: 'medium' };
  const subcommand = program === 'yarn' && args[0] === 'npm' ? args[1] : args[0];
  if ((program === 'npm' || program === 'pnpm' || program === 'yarn') && subcommand === 'audit') {
    const rest = args.slice(program === 'yarn' && args[0] === 'npm' ? 2 : 1);
    if (rest[0] === 'fix' || rest[0] === 'signatures') return undefined;
    const { flags } = parseFlags(rest, new Set(['audit-level', 'level', 'severity', 'omit', 'registry']));
    const level = (flags.get('audit-level') ?? flags.get('level') ?? flags.get('severity'))?.at(-1)?.toLowerCase();
    const asked = level ? AUDIT_LEVELS[level] : undefined;
    const failOn: Severity = asked && severityRank(asked) > severityRank('medium') ? asked : 'medium';
    return { tool: 'npm-audit', failOn };
  }
  return undefined;
}

function auditStep(tool: PipelineStep['tool'], failOn: Severity, origin: PipelineStep['origin']): PipelineStep {
  const what = tool === 'npm-audit' ? 'npm/pnpm/yarn audit' : tool;
  return { tool, origin, scanners: ['deps'], mode: 'hard', failOn, summary: `${what}: fails on known vulnerabilities; the deps gate fails on ${failOn} or higher` };
}

/** GitLab's security templates report to the security dashboard; their jobs do not fail the pipeline. */
const GITLAB_TEMPLATES: Array<[RegExp, ScannerId, string]> = [
  [/(^|\/)Dependency-Scanning(\.latest)?\.gitlab-ci\.yml$/i, 'deps', 'GitLab Dependency Scanning'],
  [/(^|\/)Secret-Detection(\.latest)?\.gitlab-ci\.yml$/i, 'secrets', 'GitLab Secret Detection'],
  [/(^|\/)SAST-IaC(\.latest)?\.gitlab-ci\.yml$/i, 'iac', 'GitLab IaC scanning'],
  [/(^|\/)SAST(\.latest)?\.gitlab-ci\.yml$/i, 'sast', 'GitLab SAST'],
];

function templateStep(template: string, origin: PipelineStep['origin']): PipelineStep | undefined {
  const match = GITLAB_TEMPLATES.find(([pattern]) => pattern.test(template));
  if (!match) return undefined;
  return { tool: 'gitlab-template', origin, scanners: [match[1]], mode: 'soft', failOn: 'info', summary: `${match[2]} template: reports findings, does not fail the pipeline` };
}

const GATE_NAMES: Record<string, string> = { secrets: 'secrets', sast: 'sast', iac: 'iac', deps: 'deps' };

/** The origin of a gate the pipeline does not run. */
export const ADVISORY = 'advisory (the pipeline does not run this gate)';

/** One gate per scanner; several steps for the same scanner combine, the strictest winning. */
function gatesOf(steps: PipelineStep[]): GateConfig[] {
  const defaults = defaultConfig().gates;
  const gates: GateConfig[] = [];
  for (const template of defaults) {
    const scanner = template.scanners[0];
    const feeding = steps.filter((step) => step.scanners.includes(scanner));
    if (feeding.length === 0) {
      // The pipeline does not run this gate: its findings are still worth seeing, but never block.
      gates.push({ ...template, mode: 'soft', origin: ADVISORY });
      continue;
    }
    const hard = feeding.filter((step) => step.mode === 'hard');
    const deciding = hard.length > 0 ? hard : feeding;
    const failOn = deciding.map((step) => step.failOn).reduce((a, b) => (severityRank(a) <= severityRank(b) ? a : b));
    // A `preflight gates` step keeps Preflight's own threshold for the gate.
    const ownThreshold = deciding.every((step) => step.tool === 'preflight') ? template.failOn : failOn;
    gates.push({
      name: GATE_NAMES[scanner] ?? template.name,
      stage: template.stage,
      scanners: [scanner],
      failOn: ownThreshold,
      mode: hard.length > 0 ? 'hard' : 'soft',
      origin: feeding.map((step) => `${step.origin.file}:${step.origin.line}`).join(', '),
    });
  }
  return gates;
}
