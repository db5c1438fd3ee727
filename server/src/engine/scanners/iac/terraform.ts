/**
 * Terraform → IacResource, from the tree-sitter HCL (terraform dialect) tree.
 *
 * References are resolved as Checkov's Terraform graph resolves them within one module (every
 * `*.tf` file of a directory):
 * - `var.x` → the variable's `default`, overridden by `terraform.tfvars`, `terraform.tfvars.json`,
 *   then `*.auto.tfvars` / `*.auto.tfvars.json` in lexical order (Terraform's precedence);
 * - `local.x` (chains of locals too), with `.key` / `[0]` traversals into objects and lists;
 * - `data.aws_iam_policy_document.x.json` → the policy document the data source renders.
 * A resolved value carries the range of the expression that uses it, so a finding lands on the
 * attribute of the resource, not in the file that declares the variable.
 *
 * `dynamic "x" { content { … } }` reads as a nested block `x` (its content), `jsonencode(v)` as
 * `v`, `"${v}"` as `v`; heredocs and quoted strings holding JSON in `*policy` / `*policies` attributes read as
 * JSON documents with positions inside the file. Anything else stays an expression.
 */
import { parseTree } from 'jsonc-parser';
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../../source';
import type { Range, TextEdit } from '../../types';
import { jsonToIacValue } from './json-value';
import { asString, entry, type IacEntry, type IacList, type IacObject, type IacResource, type IacSkip, type IacValue } from './model';

export const CHECKOV_SKIP = /checkov:skip=([A-Za-z0-9_*]+)(?::([^\r\n]*))?/g;

/** Attributes whose string value is parsed as a JSON document (IAM, bucket, queue… policies; `access_policies`). */
const JSON_DOCUMENT_ATTRIBUTE = /polic(y|ies)$/;

/** What one file contributes to its module; computed once per file content. */
export interface TerraformDeclarations {
  /** `variable` blocks: name → default (absent when the variable has no default). */
  variables: Map<string, IacValue | undefined>;
  locals: Map<string, IacValue>;
  /** `data "aws_iam_policy_document"` blocks: name → the rendered document (Version, Statement). */
  policyDocuments: Map<string, IacObject>;
  /** Assignments of a `.tfvars` / `.tfvars.json` file. */
  assignments: Map<string, IacValue>;
  /** `resource` blocks as written, for the checks that follow connections between resources. */
  resources: DeclaredResource[];
  /** Set when the file could not be read; its declarations are left out. */
  error?: { message: string; range: Range };
}

/** A `resource` block of a module's file: `file` is its name in the module's directory. */
export interface DeclaredResource {
  type: string;
  name: string;
  body: IacObject;
  file?: string;
}

/** A module's names, merged from its files with Terraform's precedence. */
export interface TerraformModule {
  variables: Map<string, IacValue>;
  locals: Map<string, IacValue>;
  policyDocuments: Map<string, IacObject>;
  /** The `resource` blocks of the module's `.tf` files, each with its file name. */
  resources: DeclaredResource[];
}

export const EMPTY_MODULE: TerraformModule = { variables: new Map(), locals: new Map(), policyDocuments: new Map(), resources: [] };

/** Sibling files that belong to a file's module: what the scanner reads besides the file itself. */
export function isModuleFile(name: string): boolean {
  return /\.tf$|\.tfvars$|\.tfvars\.json$/.test(name);
}

/**
 * Merges the declarations of a directory's files. `.tf` files declare; `terraform.tfvars`,
 * `terraform.tfvars.json` and then `*.auto.tfvars(.json)` in lexical order override defaults
 * of declared variables (later wins), as `terraform plan` does without `-var` flags.
 */
export function mergeModule(files: { name: string; declarations: TerraformDeclarations }[]): TerraformModule {
  const module: TerraformModule = { variables: new Map(), locals: new Map(), policyDocuments: new Map(), resources: [] };
  const declared = new Set<string>();
  for (const { name, declarations } of files) {
    if (!name.endsWith('.tf')) continue;
    for (const [variable, value] of declarations.variables) {
      declared.add(variable);
      if (value) module.variables.set(variable, value);
    }
    for (const [local, value] of declarations.locals) module.locals.set(local, value);
    for (const [document, value] of declarations.policyDocuments) module.policyDocuments.set(document, value);
    for (const resource of declarations.resources) module.resources.push({ ...resource, file: name });
  }
  const rank = (name: string) => (name === 'terraform.tfvars' ? 0 : name === 'terraform.tfvars.json' ? 1 : /\.auto\.tfvars(\.json)?$/.test(name) ? 2 : -1);
  const varFiles = files.filter((file) => rank(file.name) >= 0).sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { declarations } of varFiles) {
    for (const [variable, value] of declarations.assignments) if (declared.has(variable)) module.variables.set(variable, value);
  }
  return module;
}

// ---- declarations ---------------------------------------------------------------------------

/** Declarations of a `.tf` or `.tfvars` file (parsed by tree-sitter) or a `.tfvars.json` file. */
export function terraformDeclarations(file: ParsedFile, connectTypes: ReadonlySet<string> = new Set()): TerraformDeclarations {
  const declarations: TerraformDeclarations = { variables: new Map(), locals: new Map(), policyDocuments: new Map(), assignments: new Map(), resources: [] };
  if (file.path.endsWith('.json')) return jsonVarFile(file, declarations);
  const root = file.tree?.rootNode;
  if (!root) return declarations;
  if (root.hasError) {
    const broken = firstError(root);
    const at = broken ? rangeOf(file, broken) : file.rangeOf(0, 0);
    declarations.error = { message: `Terraform syntax error at line ${at.start.line + 1}`, range: at };
    if (file.path.endsWith('.tfvars')) return declarations;
  }
  for (const { node: child, type: childType, kind } of topLevelItems(file)) {
    if (childType === 'attribute') {
      const [key, expression] = child.namedChildren;
      if (key?.type === 'identifier' && expression) declarations.assignments.set(textOf(file, key), toValue(file, expression));
      continue;
    }
    if (childType !== 'block') continue;
    // Only these blocks declare names; resources (most of a file) are modelled elsewhere, once,
    // except the types checks follow connections to, which another file's scan may need.
    if (kind !== 'variable' && kind !== 'locals' && kind !== 'data' && kind !== 'resource') continue;
    const labels = blockLabels(file, child);
    if (kind === 'resource' && !connectTypes.has(labels[0])) continue;
    if (kind === 'data' && (labels[0] !== 'aws_iam_policy_document' || labels.length !== 2)) continue;
    const inner = childOfType(child, 'body');
    const object = inner ? toObject(file, inner) : undefined;
    if (kind === 'variable' && labels.length === 1) declarations.variables.set(labels[0], entry(object, 'default')?.value);
    else if (kind === 'locals' && object) for (const item of object.entries) declarations.locals.set(item.key, item.value);
    else if (kind === 'data' && labels[0] === 'aws_iam_policy_document' && labels.length === 2 && object) {
      declarations.policyDocuments.set(labels[1], renderPolicyDocument(object));
    } else if (kind === 'resource' && labels.length === 2 && object) declarations.resources.push({ type: labels[0], name: labels[1], body: object });
  }
  return declarations;
}

/** A top-level attribute or block of a file, with its node type and (for a block) its kind (`resource`, `variable`…). */
interface TopLevelItem {
  node: Node;
  type: string;
  kind?: string;
}

/** The items of a file's body, read from the tree once per file: its declarations and its resources both walk them. */
function topLevelItems(file: ParsedFile): TopLevelItem[] {
  return file.model('terraform-top-level', () => {
    const root = file.tree?.rootNode;
    const body = root && childOfType(root, 'body');
    const items: TopLevelItem[] = [];
    for (const node of body?.namedChildren ?? []) {
      if (!node) continue;
      const type = node.type;
      items.push({ node, type, kind: type === 'block' ? firstChildText(file, node) : undefined });
    }
    return items;
  });
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child?.hasError || child?.isMissing) return firstError(child) ?? child;
  }
  return undefined;
}

function jsonVarFile(file: ParsedFile, declarations: TerraformDeclarations): TerraformDeclarations {
  const errors: { error: number; offset: number; length: number }[] = [];
  const root = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const first = errors[0] ?? { offset: 0, length: 0 };
    const range = file.rangeOf(first.offset, first.offset + first.length);
    declarations.error = { message: `JSON syntax error at line ${range.start.line + 1}`, range };
    return declarations;
  }
  const value = jsonToIacValue(root, { positionAt: (offset) => file.positionAt(offset) });
  if (value.kind === 'object') for (const item of value.entries) declarations.assignments.set(item.key, item.value);
  return declarations;
}

// ---- resources ------------------------------------------------------------------------------

/**
 * The resources (`resource` blocks) and data sources (`data` blocks, typed `data.<type>` so a
 * check of a resource type never meets a data source of the same name) of a file, with
 * references resolved against its module.
 */
export function terraformResources(file: ParsedFile, module: TerraformModule = EMPTY_MODULE): IacResource[] {
  if (!file.tree) return [];
  const resolver = new Resolver(module);
  const resources: IacResource[] = [];
  for (const { node: block, type, kind } of topLevelItems(file)) {
    if (type !== 'block' || (kind !== 'resource' && kind !== 'data')) continue;
    const labels = blockLabels(file, block);
    if (labels.length !== 2) continue;
    resources.push(toResource(file, block, kind === 'data' ? `data.${labels[0]}` : labels[0], labels[1], resolver));
  }
  return resources;
}

/** A block's labels: the `string_lit` / `identifier` children after its type. */
function blockLabels(file: ParsedFile, block: Node): string[] {
  const labels: string[] = [];
  let first = true;
  for (const child of block.namedChildren) {
    if (!child) continue;
    const type = child.type;
    if (type !== 'string_lit' && type !== 'identifier') continue;
    if (first) first = false;
    else labels.push(type === 'identifier' ? textOf(file, child) : stringContent(file, child));
  }
  return labels;
}

/** The text of a node, read from the file (`Node.text` goes back through tree-sitter's input callback). */
function textOf(file: ParsedFile, node: Node): string {
  return file.text.slice(node.startIndex, node.endIndex);
}

/** The text of a node's first named child (a block's type, a function's name). */
function firstChildText(file: ParsedFile, node: Node): string | undefined {
  const first = node.namedChildren[0];
  return first ? textOf(file, first) : undefined;
}

/** A node's first named child of a type. */
function childOfType(node: Node, type: string): Node | undefined {
  for (const child of node.namedChildren) if (child?.type === type) return child;
  return undefined;
}

function toResource(file: ParsedFile, block: Node, type: string, name: string, resolver: Resolver): IacResource {
  let blockStart: Node | undefined;
  let blockEnd: Node | undefined;
  let bodyNode: Node | undefined;
  for (const child of block.namedChildren) {
    const type = child?.type;
    if (type === 'block_start') blockStart ??= child!;
    else if (type === 'block_end') blockEnd ??= child!;
    else if (type === 'body') bodyNode ??= child!;
  }
  const range = rangeOf(file, block);
  const written = bodyNode ? toObject(file, bodyNode) : { kind: 'object' as const, entries: [], range };
  const body = resolver.resolve(written) as IacObject;
  const indent = /^\s*/.exec(file.lineText(range.start.line))![0];
  const headerEnd = file.positionAt(blockStart!.endIndex);

  /** Inserts a line as the first line of the block body (handles `{}` on one line). */
  const insertFirstLine = (line: string): TextEdit[] => {
    const eol = file.eol;
    if (blockEnd && file.positionAt(blockEnd.startIndex).line === headerEnd.line) {
      return [{ range: { start: headerEnd, end: file.positionAt(blockEnd.startIndex) }, newText: `${eol}${indent}  ${line}${eol}${indent}` }];
    }
    const at = { line: headerEnd.line + 1, character: 0 };
    return [{ range: { start: at, end: at }, newText: `${indent}  ${line}${eol}` }];
  };

  return {
    framework: 'terraform',
    type,
    address: `${type}.${name}`,
    range,
    headerRange: { start: range.start, end: headerEnd },
    body,
    skips: skipsIn(file, block),
    eol: file.eol,
    setAttribute(key, valueText) {
      // Edit what is written, not what a variable resolved to.
      const existing = written.entries.find((item) => item.key === key);
      if (existing) return [{ range: existing.value.range, newText: valueText }];
      return insertFirstLine(`${key} = ${valueText}`);
    },
    addSkip(checkId, reason) {
      return insertFirstLine(`# checkov:skip=${checkId}:${reason}`);
    },
  };
}

function skipsIn(file: ParsedFile, block: Node): IacSkip[] {
  // Most blocks have no skip comment: a text search spares walking their comments in the tree.
  const at = file.text.indexOf('checkov:skip=', block.startIndex);
  if (at === -1 || at >= block.endIndex) return [];
  const skips: IacSkip[] = [];
  for (const comment of block.descendantsOfType('comment')) {
    if (!comment) continue;
    for (const match of textOf(file, comment).matchAll(CHECKOV_SKIP)) skips.push({ checkId: match[1], reason: match[2]?.trim() || undefined });
  }
  return skips;
}

// ---- references -----------------------------------------------------------------------------

/** `var.x`, `local.x`, optionally followed by `.key`, `["key"]` or `[0]` steps. */
const REFERENCE = /^(var|local)\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"]*"\])*)$/;
const POLICY_DOCUMENT_JSON = /^data\.aws_iam_policy_document\.([A-Za-z_][\w-]*)\.json$/;
const STEP = /\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["([^"]*)"\]/g;
const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Replaces references by the values they name; a cycle or an unknown name stays an expression. */
class Resolver {
  private readonly resolving = new Set<string>();
  private readonly resolvedLocals = new Map<string, IacValue>();

  constructor(private readonly module: TerraformModule) {}

  resolve(value: IacValue): IacValue {
    switch (value.kind) {
      case 'object':
        return { ...value, entries: value.entries.map((item) => ({ ...item, value: this.resolve(item.value) })) };
      case 'list':
        return { ...value, items: value.items.map((item) => this.resolve(item)) };
      case 'scalar':
        return value;
      case 'expression': {
        const text = value.text.trim();
        const target = this.lookup(text.startsWith('"') ? text : text.replace(/\s+/g, ''));
        return target ? relocate(target, value.range) : value;
      }
    }
  }

  private lookup(reference: string): IacValue | undefined {
    if (reference.startsWith('"')) return this.interpolate(reference);
    const document = POLICY_DOCUMENT_JSON.exec(reference);
    if (document) {
      const rendered = this.module.policyDocuments.get(document[1]);
      return rendered && this.guarded(`data.${document[1]}`, () => this.resolve(rendered));
    }
    const match = REFERENCE.exec(reference);
    if (!match) return undefined;
    const [, namespace, name, steps] = match;
    const key = `${namespace}.${name}`;
    let value: IacValue | undefined;
    if (namespace === 'var') {
      const declared = this.module.variables.get(name);
      value = declared && this.guarded(key, () => this.resolve(declared));
    } else {
      value = this.resolvedLocals.get(name);
      const declared = this.module.locals.get(name);
      if (!value && declared) {
        value = this.guarded(key, () => this.resolve(declared));
        if (value) this.resolvedLocals.set(name, value);
      }
    }
    for (const step of steps.matchAll(STEP)) {
      if (!value) return undefined;
      if (step[2] !== undefined) value = value.kind === 'list' ? value.items[Number(step[2])] : undefined;
      else value = value.kind === 'object' ? entry(value, step[1] ?? step[3])?.value : undefined;
    }
    // A reference that still names something unknown says nothing more than the original text.
    return value && value.kind !== 'expression' ? value : undefined;
  }

  /** `"${local.prefix}-logs"`: a string when every interpolation names a known scalar. */
  private interpolate(template: string): IacValue | undefined {
    const body = /^"(.*)"$/s.exec(template)?.[1];
    if (body === undefined || /%\{/.test(body.replace(/%%\{/g, ''))) return undefined;
    let text = '';
    let last = 0;
    for (const match of body.matchAll(/(?<!\$)\$\{([^}]*)\}/g)) {
      const value = this.lookup(match[1].trim());
      if (value?.kind !== 'scalar' || value.value === null) return undefined;
      text += unescapeHcl(body.slice(last, match.index)) + String(value.value);
      last = match.index + match[0].length;
    }
    return { kind: 'scalar', value: text + unescapeHcl(body.slice(last)), range: EMPTY_RANGE };
  }

  private guarded(key: string, compute: () => IacValue): IacValue | undefined {
    if (this.resolving.has(key)) return undefined;
    this.resolving.add(key);
    try {
      return compute();
    } finally {
      this.resolving.delete(key);
    }
  }
}

/** A copy of a value whose every position is `range`: where it is used, not where it is declared. */
export function relocate(value: IacValue, range: Range): IacValue {
  switch (value.kind) {
    case 'object':
      return { kind: 'object', range, entries: value.entries.map((item) => ({ key: item.key, keyRange: range, range, value: relocate(item.value, range) })) };
    case 'list':
      return { kind: 'list', range, items: value.items.map((item) => relocate(item, range)) };
    default:
      return { ...value, range };
  }
}

// ---- aws_iam_policy_document ----------------------------------------------------------------

/**
 * The JSON document an `aws_iam_policy_document` renders (`Version`, `Statement`), built from its
 * `statement` blocks; each value keeps the range of the attribute it comes from.
 */
export function renderPolicyDocument(body: IacObject): IacObject {
  const statements: IacValue[] = [];
  for (const item of body.entries) {
    if (item.key !== 'statement' || item.value.kind !== 'object') continue;
    const block = item.value;
    const entries: IacEntry[] = [];
    const copy = (from: string, to: string) => {
      const found = entry(block, from);
      if (found) entries.push({ ...found, key: to });
    };
    copy('sid', 'Sid');
    const effect = entry(block, 'effect');
    entries.push(effect ? { ...effect, key: 'Effect' } : { key: 'Effect', keyRange: item.keyRange, range: item.keyRange, value: { kind: 'scalar', value: 'Allow', range: item.keyRange } });
    copy('actions', 'Action');
    copy('not_actions', 'NotAction');
    copy('resources', 'Resource');
    copy('not_resources', 'NotResource');
    for (const [from, to] of [['principals', 'Principal'], ['not_principals', 'NotPrincipal']] as const) {
      const blocks = block.entries.filter((candidate) => candidate.key === from && candidate.value.kind === 'object');
      if (blocks.length === 0) continue;
      const principal: IacEntry[] = [];
      for (const principalBlock of blocks) {
        const principalObject = principalBlock.value as IacObject;
        const type = entry(principalObject, 'type');
        const identifiers = entry(principalObject, 'identifiers');
        if (type?.value.kind === 'scalar' && identifiers) principal.push({ key: String(type.value.value), keyRange: type.range, range: principalBlock.range, value: identifiers.value });
      }
      entries.push({ key: to, keyRange: blocks[0].keyRange, range: blocks[0].range, value: { kind: 'object', entries: principal, range: blocks[0].range } });
    }
    const conditions = block.entries.filter((candidate) => candidate.key === 'condition' && candidate.value.kind === 'object');
    if (conditions.length > 0) {
      const operators: IacEntry[] = [];
      for (const condition of conditions) {
        const conditionObject = condition.value as IacObject;
        const test = entry(conditionObject, 'test');
        const variable = entry(conditionObject, 'variable');
        const values = entry(conditionObject, 'values');
        if (test?.value.kind !== 'scalar' || variable?.value.kind !== 'scalar' || !values) continue;
        const keyed: IacEntry = { key: String(variable.value.value), keyRange: variable.range, range: condition.range, value: values.value };
        operators.push({ key: String(test.value.value), keyRange: test.range, range: condition.range, value: { kind: 'object', entries: [keyed], range: condition.range } });
      }
      entries.push({ key: 'Condition', keyRange: conditions[0].keyRange, range: conditions[0].range, value: { kind: 'object', entries: operators, range: conditions[0].range } });
    }
    statements.push({ kind: 'object', entries, range: item.range });
  }
  const statementList: IacList = { kind: 'list', items: statements, range: body.range };
  return {
    kind: 'object',
    range: body.range,
    entries: [
      { key: 'Version', keyRange: body.range, range: body.range, value: { kind: 'scalar', value: asString(entry(body, 'version')?.value) ?? '2012-10-17', range: body.range } },
      { key: 'Statement', keyRange: body.range, range: body.range, value: statementList },
    ],
  };
}

// ---- values ---------------------------------------------------------------------------------

function rangeOf(file: ParsedFile, node: Node): Range {
  return file.rangeOf(node.startIndex, node.endIndex);
}

function stringContent(file: ParsedFile, node: Node): string {
  let content = '';
  for (const child of node.namedChildren) if (child?.type === 'template_literal') content += textOf(file, child);
  return content;
}

/** The value of a quoted string: HCL escapes (`\n`, `\"`, `\u00e9`…) and `$${` / `%%{` decoded. */
function quotedValue(file: ParsedFile, node: Node): string {
  return unescapeHcl(stringContent(file, node));
}

function unescapeHcl(literal: string): string {
  return literal.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/g, (match, u4: string, u8: string, single: string) => {
    if (match === '$${') return '${';
    if (match === '%%{') return '%{';
    if (u4 || u8) return String.fromCodePoint(parseInt(u4 ?? u8, 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[single] ?? match;
  });
}

function toObject(file: ParsedFile, body: Node): IacObject {
  const entries: IacEntry[] = [];
  for (const child of body.namedChildren) {
    if (!child) continue;
    const children = child.namedChildren;
    const key = children[0];
    if (!key || key.type !== 'identifier') continue;
    const childType = child.type;
    if (childType === 'attribute') {
      const expression = children[1];
      if (!expression) continue;
      const keyText = textOf(file, key);
      let value = toValue(file, expression);
      if (JSON_DOCUMENT_ATTRIBUTE.test(keyText)) value = jsonDocument(file, expression) ?? value;
      entries.push({ key: keyText, keyRange: rangeOf(file, key), value, range: rangeOf(file, child) });
    } else if (childType === 'block') {
      const keyText = textOf(file, key);
      const inner = childOfType(child, 'body');
      const range = rangeOf(file, child);
      const dynamicLabel = keyText === 'dynamic' ? blockLabels(file, child)[0] : undefined;
      if (dynamicLabel !== undefined) {
        // Checkov reads a dynamic block as one block of its name, holding its `content`.
        const content = inner?.namedChildren.find((node) => node?.type === 'block' && firstChildText(file, node) === 'content');
        const contentBody = content ? childOfType(content, 'body') : undefined;
        const value: IacObject = contentBody ? toObject(file, contentBody) : { kind: 'object', entries: [], range };
        entries.push({ key: dynamicLabel, keyRange: rangeOf(file, key), value: { ...value, range }, range });
        continue;
      }
      const value: IacObject = inner ? toObject(file, inner) : { kind: 'object', entries: [], range };
      entries.push({ key: keyText, keyRange: rangeOf(file, key), value: { ...value, range }, range });
    }
  }
  return { kind: 'object', entries, range: rangeOf(file, body) };
}

/**
 * `objectKey`: the node is the key expression of an object element (a bare identifier there
 * reads as its name). Every property of a node is a call into tree-sitter's WASM, so each is read once.
 */
function toValue(file: ParsedFile, node: Node, objectKey = false): IacValue {
  const type = node.type;
  if (type === 'expression' || type === 'literal_value' || type === 'collection_value') {
    const children = node.namedChildren;
    // Only a variable directly under the key expression is the key's name.
    if (children.length === 1) return toValue(file, children[0]!, objectKey && type === 'expression');
    return { kind: 'expression', text: textOf(file, node), range: rangeOf(file, node) };
  }
  const start = node.startIndex;
  const end = node.endIndex;
  const range = file.rangeOf(start, end);
  switch (type) {
    case 'bool_lit':
      return { kind: 'scalar', value: file.text.slice(start, end) === 'true', range };
    case 'numeric_lit':
      return { kind: 'scalar', value: Number(file.text.slice(start, end)), range };
    case 'null_lit':
      return { kind: 'scalar', value: null, range };
    case 'string_lit':
      return { kind: 'scalar', value: quotedValue(file, node), range };
    case 'template_expr': {
      const template = node.namedChildren[0];
      const templateType = template?.type;
      if (templateType === 'quoted_template') {
        const parts = template!.namedChildren.filter((child) => !child?.type.startsWith('quoted_template'));
        if (parts.every((child) => child?.type === 'template_literal')) return { kind: 'scalar', value: quotedValue(file, template!), range };
        // "${expr}" is expr itself (Terraform keeps its type).
        const only = parts[0];
        if (parts.length === 1 && only?.type === 'template_interpolation') {
          const inner = childOfType(only, 'expression');
          if (inner) return { ...toValue(file, inner), range };
        }
      }
      if (templateType === 'heredoc_template') {
        const children = template!.namedChildren;
        const firstText = children[0] ? textOf(file, children[0]) : undefined;
        const parts = children.filter((child) => {
          const partType = child?.type;
          return partType !== 'heredoc_start' && partType !== 'heredoc_identifier';
        });
        if (parts.every((child) => child?.type === 'template_literal')) return { kind: 'scalar', value: heredocText(file, firstText, parts), range };
      }
      return { kind: 'expression', text: file.text.slice(start, end), range };
    }
    case 'function_call': {
      // jsonencode(v) is v's document; checks read the structure, not its serialisation.
      const name = firstChildText(file, node);
      if (name === 'jsonencode') {
        const args = childOfType(node, 'function_arguments')?.namedChildren.filter((child) => child?.type === 'expression') ?? [];
        if (args.length === 1) return toValue(file, args[0]!);
      }
      return { kind: 'expression', text: file.text.slice(start, end), range };
    }
    case 'tuple': {
      const items: IacValue[] = [];
      for (const child of node.namedChildren) if (child?.type === 'expression') items.push(toValue(file, child));
      return { kind: 'list', items, range };
    }
    case 'object': {
      const entries: IacEntry[] = [];
      for (const element of node.namedChildren) {
        if (element?.type !== 'object_elem') continue;
        const children = element.namedChildren;
        const [keyNode, valueNode] = children.filter((child) => child?.type === 'expression');
        if (!keyNode || !valueNode) continue;
        const keyValue = toValue(file, keyNode, keyNode === children[0]);
        const key = keyValue.kind === 'scalar' ? String(keyValue.value) : textOf(file, keyNode);
        entries.push({ key, keyRange: rangeOf(file, keyNode), value: toValue(file, valueNode), range: rangeOf(file, element) });
      }
      return { kind: 'object', entries, range };
    }
    case 'variable_expr':
      // A bare identifier as an object key (`{ Name = "x" }`) reads as its name.
      return objectKey ? { kind: 'scalar', value: file.text.slice(start, end), range } : { kind: 'expression', text: file.text.slice(start, end), range };
    default:
      return { kind: 'expression', text: file.text.slice(start, end), range };
  }
}

/** A heredoc's value: `<<-` (its first child, `heredocStart`) strips the common leading indentation of its lines. */
function heredocText(file: ParsedFile, heredocStart: string | undefined, literals: (Node | null)[]): string {
  const text = literals.map((literal) => textOf(file, literal!)).join('');
  if (!heredocStart?.includes('-')) return text;
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}

/**
 * A heredoc or quoted string that holds a JSON object or array, as a value with positions.
 * Heredocs map every JSON position into the file; an interpolation (`${…}`) inside a JSON string
 * makes that string an expression. Quoted strings (escaped) place every value on the string.
 */
function jsonDocument(file: ParsedFile, expression: Node): IacValue | undefined {
  let node: Node | null = expression;
  while (node && (node.type === 'expression' || node.type === 'literal_value') && node.namedChildCount === 1) node = node.namedChildren[0];
  if (node?.type === 'string_lit') return quotedJson(file, node);
  if (node?.type !== 'template_expr') return undefined;
  const template = node.namedChildren[0];
  if (!template) return undefined;
  if (template.type === 'heredoc_template') {
    const parts = template.namedChildren.filter((child) => child?.type !== 'heredoc_start' && child?.type !== 'heredoc_identifier') as Node[];
    if (parts.length === 0) return undefined;
    const start = parts[0].startIndex;
    const end = parts[parts.length - 1].endIndex;
    // Interpolations become same-length filler so JSON offsets stay file offsets.
    let text = file.text.slice(start, end);
    const interpolated: [number, number][] = [];
    for (const part of parts) {
      if (part.type === 'template_literal') continue;
      interpolated.push([part.startIndex, part.endIndex]);
      text = text.slice(0, part.startIndex - start) + '_'.repeat(part.endIndex - part.startIndex) + text.slice(part.endIndex - start);
    }
    if (!/^\s*[[{]/.test(text)) return undefined;
    const errors: { error: number; offset: number; length: number }[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!root || errors.length > 0) return undefined;
    return jsonToIacValue(root, {
      positionAt: (offset) => file.positionAt(start + offset),
      expressionAt: (from, to) => {
        const overlaps = interpolated.some(([a, b]) => a < start + to && start + from < b);
        return overlaps ? file.text.slice(start + from, start + to) : undefined;
      },
    });
  }
  if (template.type === 'quoted_template' && template.namedChildren.every((child) => child?.type === 'template_literal' || child?.type.startsWith('quoted_template'))) {
    return quotedJson(file, template);
  }
  return undefined;
}

/** A quoted string holding JSON; escapes shift offsets, so every value is placed on the whole string. */
function quotedJson(file: ParsedFile, node: Node): IacValue | undefined {
  const decoded = quotedValue(file, node);
  if (!/^\s*[[{]/.test(decoded)) return undefined;
  const errors: { error: number; offset: number; length: number }[] = [];
  const root = parseTree(decoded, errors);
  if (!root || errors.length > 0) return undefined;
  const range = rangeOf(file, node);
  return relocate(jsonToIacValue(root, { positionAt: () => range.start }), range);
}

