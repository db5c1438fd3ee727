/**
 * The three pipeline definitions Preflight reads, reduced to what gates are made of: shell
 * scripts (with their file and line), GitHub Actions `uses:` steps with their inputs, and GitLab
 * `include: template:` entries. YAML anchors, aliases and merge keys are followed; GitLab
 * `extends:` is resolved.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { ConfigError } from '../preflight';

/** A workspace-relative file and a 1-based line. */
export interface Origin {
  file: string;
  line: number;
}

export interface Script extends Origin {
  /** One or many lines of shell. */
  text: string;
  /** True when `text`'s lines map one to one onto the file's lines from `line` on (block scalars, lists). */
  linesExact: boolean;
  /** The job or phase it runs in, for messages. */
  context: string;
}

export interface ActionUse extends Origin {
  /** `owner/repo@ref` as written. */
  uses: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  context: string;
}

export interface TemplateInclude extends Origin {
  template: string;
}

export interface PipelineFile {
  file: string;
  kind: 'codebuild' | 'github' | 'gitlab';
  scripts: Script[];
  actions: ActionUse[];
  templates: TemplateInclude[];
}

/** GitLab's `!reference [job, key]` is kept as an unresolved list rather than an unknown-tag warning. */
const GITLAB_TAGS = [{ tag: '!reference', collection: 'seq' as const, resolve: (value: unknown) => value }];

class YamlView {
  readonly lines = new LineCounter();
  readonly document: Document.Parsed;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: this.lines, prettyErrors: false, customTags: GITLAB_TAGS, uniqueKeys: false });
    const error = this.document.errors[0];
    if (error) {
      const at = this.lines.linePos(error.pos[0]);
      throw new ConfigError(`YAML syntax error: ${error.message.split('\n')[0]}`, file, at.line, at.col);
    }
  }

  line(node: YamlNode | null | undefined): number {
    return this.lines.linePos(node?.range?.[0] ?? 0).line;
  }

  /** Follows aliases to the anchored node. */
  resolve(node: unknown): YamlNode | null {
    let current = node as YamlNode | null;
    for (let depth = 0; current && isAlias(current) && depth < 32; depth++) current = current.resolve(this.document) as YamlNode | null;
    return current && !isAlias(current) ? current : null;
  }

  /** A map's entries with `<<` merge keys applied (own keys win), in source order. */
  entries(node: unknown): Array<[string, YamlNode | null, YamlNode]> {
    const map = this.resolve(node);
    if (!isMap(map)) return [];
    const own: Array<[string, YamlNode | null, YamlNode]> = [];
    const merged: Array<[string, YamlNode | null, YamlNode]> = [];
    for (const pair of (map as YAMLMap<unknown, unknown>).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === '<<') {
        const sources = this.resolve(pair.value);
        for (const source of isSeq(sources) ? sources.items : [sources]) merged.push(...this.entries(source));
      } else {
        own.push([key, this.resolve(pair.value), pair.key as YamlNode]);
      }
    }
    const seen = new Set(own.map(([key]) => key));
    return [...own, ...merged.filter(([key]) => !seen.has(key))];
  }

  get(node: unknown, key: string): YamlNode | null {
    return this.entries(node).find(([name]) => name === key)?.[1] ?? null;
  }

  string(node: unknown): string | undefined {
    const value = this.resolve(node);
    return isScalar(value) && value.value !== null && typeof value.value !== 'object' ? String(value.value) : undefined;
  }

  /** A script as YAML gives it: one string (maybe a block), or a list of strings / nested lists. */
  scripts(node: unknown, context: string): Script[] {
    const value = this.resolve(node);
    if (isSeq(value)) return value.items.flatMap((item) => this.scripts(item, context));
    if (!isScalar(value) || value.value === null || typeof value.value === 'object') return [];
    const text = String(value.value);
    const block = value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED;
    // A block scalar's content starts on the line after its `|` / `>` indicator.
    return [{ file: this.file, line: this.line(value) + (block ? 1 : 0), text, linesExact: value.type !== Scalar.BLOCK_FOLDED && (block || !text.includes('\n')), context }];
  }

  stringMap(node: unknown): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [key, value] of this.entries(node)) {
      const text = this.string(value);
      if (text !== undefined) result[key] = text;
    }
    return result;
  }
}

/** AWS CodeBuild: `phases.<phase>.commands` (and `finally`). */
export function readBuildspec(file: string, text: string): PipelineFile {
  const yaml = new YamlView(file, text);
  const result: PipelineFile = { file, kind: 'codebuild', scripts: [], actions: [], templates: [] };
  for (const [phase, body] of yaml.entries(yaml.get(yaml.document.contents, 'phases'))) {
    result.scripts.push(...yaml.scripts(yaml.get(body, 'commands'), `phase ${phase}`));
    result.scripts.push(...yaml.scripts(yaml.get(body, 'finally'), `phase ${phase} (finally)`));
  }
  return result;
}

/** GitHub Actions: every job's steps, `run:` scripts and `uses:` actions with their `with:` inputs. */
export function readWorkflow(file: string, text: string): PipelineFile {
  const yaml = new YamlView(file, text);
  const result: PipelineFile = { file, kind: 'github', scripts: [], actions: [], templates: [] };
  for (const [jobId, job] of yaml.entries(yaml.get(yaml.document.contents, 'jobs'))) {
    const steps = yaml.resolve(yaml.get(job, 'steps'));
    if (!isSeq(steps)) continue;
    for (const [index, item] of steps.items.entries()) {
      const step = yaml.resolve(item);
      const context = `job ${jobId}, step ${yaml.string(yaml.get(step, 'name')) ?? index + 1}`;
      result.scripts.push(...yaml.scripts(yaml.get(step, 'run'), context));
      const uses = yaml.get(step, 'uses');
      const action = yaml.string(uses);
      if (action) {
        result.actions.push({ file, line: yaml.line(uses), uses: action, inputs: yaml.stringMap(yaml.get(step, 'with')), env: yaml.stringMap(yaml.get(step, 'env')), context });
      }
    }
  }
  return result;
}

const GITLAB_RESERVED = new Set(['stages', 'variables', 'include', 'default', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'pages_deploy']);

/** GitLab CI: each job's `before_script`, `script`, `after_script` (after `extends:`), and included templates. */
export function readGitlab(file: string, text: string): PipelineFile {
  const yaml = new YamlView(file, text);
  const result: PipelineFile = { file, kind: 'gitlab', scripts: [], actions: [], templates: [] };
  const root = yaml.document.contents;
  const jobs = new Map(yaml.entries(root).filter(([key, value]) => !GITLAB_RESERVED.has(key) && isMap(value)).map(([key, value]) => [key, value]));

  /** A key of a job, looked up through its `extends:` chain (nearest wins). */
  const lookup = (job: YamlNode | null, key: string, depth = 0): YamlNode | null => {
    const own = yaml.get(job, key);
    if (own || depth > 10) return own;
    const parents = yaml.resolve(yaml.get(job, 'extends'));
    const names = isSeq(parents) ? parents.items.map((item) => yaml.string(item)) : [yaml.string(parents)];
    for (const name of names.reverse()) {
      const found = name ? lookup(jobs.get(name) ?? null, key, depth + 1) : null;
      if (found) return found;
    }
    return null;
  };

  for (const [name, job] of jobs) {
    if (name.startsWith('.')) continue; // hidden jobs are templates for others
    for (const key of ['before_script', 'script', 'after_script']) result.scripts.push(...yaml.scripts(lookup(job, key), `job ${name}`));
  }
  const include = yaml.resolve(yaml.get(root, 'include'));
  for (const item of isSeq(include) ? include.items : include ? [include] : []) {
    const template = yaml.get(item, 'template');
    const name = yaml.string(template);
    if (name) result.templates.push({ file, line: yaml.line(template), template: name });
  }
  return result;
}
