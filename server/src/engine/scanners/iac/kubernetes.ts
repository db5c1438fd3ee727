/**
 * Kubernetes manifests (multi-document YAML) → IacResource, with source positions.
 *
 * A document with a string `apiVersion` and `kind` is a resource (`Kind.namespace.name`). Every
 * container and init container of a workload's pod spec is a part of it, of type `containers` /
 * `initContainers`, so container checks read one container; as in current Checkov, whose container
 * checks run once per workload, a part has its workload's address and skips (Checkov reads the
 * workload's `metadata.annotations`) and the scanner reports a check once per workload.
 * Whether a file is a manifest is decided by its content, not its name; documents holding Helm
 * template directives (`{{ … }}`) are left alone, since their YAML is not the manifest yet.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import type { ParsedFile } from '../../source';
import type { Range, TextEdit } from '../../types';
import { asString, entry, type IacEntry, type IacObject, type IacResource, type IacSkip, type IacValue } from './model';
import { CHECKOV_SKIP } from './terraform';

/** Where each workload kind keeps its pod spec (the kinds Checkov's container checks read). */
export const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
};

export const CONTAINER_TYPES = ['containers', 'initContainers'] as const;

/** Cheap test before parsing: a manifest has top-level `apiVersion:` and `kind:` keys somewhere. */
const LOOKS_LIKE_MANIFEST = /^apiVersion\s*:/m;
const HAS_KIND = /^kind\s*:/m;
const TEMPLATE_DIRECTIVE = /\{\{/;
/** Checkov's annotation form: `checkov.io/skip1: CKV_K8S_20=reason` (also the older `bridgecrew.io/skip…`). */
const SKIP_ANNOTATION = /^(?:checkov|bridgecrew)\.io\/skip/;

export interface ManifestParse {
  resources: IacResource[];
  /** Set when the file looks like a manifest but a document could not be read. */
  error?: { message: string; range: Range };
}

export function kubernetesResources(file: ParsedFile): ManifestParse {
  const text = file.text;
  if (file.language !== 'yaml' || !LOOKS_LIKE_MANIFEST.test(text.replace(/^\uFEFF/, '')) || !HAS_KIND.test(text)) return { resources: [] };
  const templated = TEMPLATE_DIRECTIVE.test(text);
  const resources: IacResource[] = [];
  let error: ManifestParse['error'];
  for (const document of parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false })) {
    const [start, , end] = document.range;
    // Helm and other templates: the YAML is not the manifest until rendered, so it is neither read nor reported.
    if (TEMPLATE_DIRECTIVE.test(text.slice(start, end))) continue;
    const firstError = document.errors[0];
    if (firstError) {
      if (!templated && !error) {
        const [errorStart, errorEnd] = firstError.pos;
        error = { message: `YAML error: ${firstError.message.split('\n')[0]}`, range: file.rangeOf(errorStart, Math.max(errorEnd, errorStart)) };
      }
      continue;
    }
    if (!document.contents) continue;
    const reader = new YamlReader(file);
    const root = reader.value(document.contents as YamlNode);
    if (root.kind !== 'object') continue;
    const kind = asString(entry(root, 'kind')?.value);
    if (!asString(entry(root, 'apiVersion')?.value) || !kind) continue;
    const comments = commentSkips(text.slice(start, end));
    const workload = toWorkload(reader, root, kind, comments);
    resources.push(workload, ...containersOf(reader, workload));
  }
  return { resources, error };
}

function toWorkload(reader: YamlReader, root: IacObject, kind: string, commentSkipList: IacSkip[]): IacResource {
  const metadata = entry(root, 'metadata')?.value;
  const metadataObject = metadata?.kind === 'object' ? metadata : undefined;
  const name = asString(entry(metadataObject, 'name')?.value) ?? '';
  const namespace = asString(entry(metadataObject, 'namespace')?.value) ?? 'default';
  const kindEntry = entry(root, 'kind')!;
  const annotations = entry(metadataObject, 'annotations')?.value;
  const annotationSkips: IacSkip[] = [];
  if (annotations?.kind === 'object') {
    for (const annotation of annotations.entries) {
      const value = asString(annotation.value);
      if (!SKIP_ANNOTATION.test(annotation.key) || !value) continue;
      const separator = value.indexOf('=');
      const checkId = (separator >= 0 ? value.slice(0, separator) : value).trim();
      const reason = separator >= 0 ? value.slice(separator + 1).trim() : undefined;
      if (checkId) annotationSkips.push({ checkId, reason: reason || undefined });
    }
  }
  return {
    framework: 'kubernetes',
    type: kind,
    address: `${kind}.${namespace}.${name}`,
    range: root.range,
    headerRange: kindEntry.range,
    body: root,
    skips: [...annotationSkips, ...commentSkipList],
    eol: reader.eol,
    setAttribute: (path, valueText) => reader.setPath(root, path.split('.'), valueText),
    addSkip(checkId, reason) {
      const used = new Set(annotations?.kind === 'object' ? annotations.entries.map((item) => item.key) : []);
      let index = 1;
      while (used.has(`checkov.io/skip${index}`)) index++;
      return reader.setPath(root, ['metadata', 'annotations', `checkov.io/skip${index}`], JSON.stringify(`${checkId}=${reason}`));
    },
  };
}

function containersOf(reader: YamlReader, workload: IacResource): IacResource[] {
  const path = POD_SPEC_PATHS[workload.type];
  if (!path) return [];
  let spec: IacValue | undefined = workload.body;
  for (const key of path) spec = spec?.kind === 'object' ? entry(spec, key)?.value : undefined;
  if (spec?.kind !== 'object') return [];
  const podSpec = spec;
  const result: IacResource[] = [];
  for (const containerType of CONTAINER_TYPES) {
    const list = entry(podSpec, containerType)?.value;
    if (list?.kind !== 'list') continue;
    list.items.forEach((container, index) => {
      if (container.kind !== 'object' || container.entries.length === 0) return;
      const name = asString(entry(container, 'name')?.value);
      const first = container.entries[0];
      const label = containerType === 'containers' ? 'container' : 'initContainer';
      result.push({
        framework: 'kubernetes',
        type: containerType,
        address: workload.address,
        part: name ? `${label} ${JSON.stringify(name)}` : `${label} ${index}`,
        range: container.range,
        // The container's first line (`- name: app`): where a missing attribute is reported.
        headerRange: first.range,
        body: container,
        skips: workload.skips,
        eol: workload.eol,
        parent: workload,
        setAttribute: (attributePath, valueText) => reader.setPath(container, attributePath.split('.'), valueText),
        addSkip: (checkId, reason) => workload.addSkip(checkId, reason),
      });
    });
  }
  return result;
}

function commentSkips(text: string): IacSkip[] {
  const skips: IacSkip[] = [];
  for (const line of text.split(/\r?\n/)) {
    const hash = line.indexOf('#');
    if (hash < 0) continue;
    for (const match of line.slice(hash).matchAll(CHECKOV_SKIP)) skips.push({ checkId: match[1], reason: match[2]?.trim() || undefined });
  }
  return skips;
}

/** Converts YAML nodes to the IaC model and edits block-style YAML, remembering which mappings are flow style. */
class YamlReader {
  private readonly flow = new WeakSet<IacObject>();

  constructor(private readonly file: ParsedFile) {}

  get eol(): string {
    return this.file.eol;
  }

  value(node: YamlNode): IacValue {
    const file = this.file;
    const [start, end] = node.range ?? [0, 0];
    const range = file.rangeOf(start, end);
    if (isAlias(node)) return { kind: 'expression', text: `*${node.source}`, range };
    if (isScalar(node)) {
      const value = node.value;
      return { kind: 'scalar', value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : String(value), range };
    }
    if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => this.value(item as YamlNode)), range };
    if (isMap(node)) {
      const entries: IacEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const [keyStart, keyEnd] = pair.key.range ?? [0, 0];
        const keyRange = file.rangeOf(keyStart, keyEnd);
        const value: IacValue = pair.value ? this.value(pair.value as YamlNode) : { kind: 'scalar', value: null, range: { start: keyRange.end, end: keyRange.end } };
        entries.push({ key: String(pair.key.value), keyRange, value, range: { start: keyRange.start, end: value.range.end } });
      }
      const object: IacObject = { kind: 'object', entries, range };
      if (node.flow) this.flow.add(object);
      return object;
    }
    return { kind: 'expression', text: String(node), range };
  }

  /**
   * Sets `path` under `object`: replaces an existing value, or adds the missing keys as block YAML
   * indented like their siblings. Flow mappings (`{ a: 1 }`) that would need a new key get no edit.
   */
  setPath(object: IacObject, path: string[], valueText: string): TextEdit[] {
    const file = this.file;
    const eol = file.eol;
    let current = object;
    for (let depth = 0; depth < path.length; depth++) {
      const found = entry(current, path[depth]);
      if (!found) return this.insertUnder(current, path.slice(depth), valueText);
      const value = found.value;
      if (depth === path.length - 1) {
        if (value.kind === 'scalar' && value.value === null && value.range.start.line === found.keyRange.start.line && isEmptyAt(file, value.range)) {
          return [{ range: { start: found.keyRange.end, end: lineEnd(file, found.keyRange.end.line) }, newText: `: ${valueText}` }];
        }
        return [{ range: value.range, newText: valueText }];
      }
      const emptyValue = (value.kind === 'scalar' && value.value === null) || (value.kind === 'object' && value.entries.length === 0);
      if (emptyValue) {
        const indent = ' '.repeat(found.keyRange.start.character + 2);
        return [{ range: { start: found.keyRange.end, end: lineEnd(file, found.keyRange.end.line) }, newText: `:${eol}${nested(path.slice(depth + 1), valueText, indent, eol)}` }];
      }
      if (value.kind !== 'object') return [];
      current = value;
    }
    return [];
  }

  private insertUnder(object: IacObject, path: string[], valueText: string): TextEdit[] {
    if (this.flow.has(object) || object.entries.length === 0) return [];
    const file = this.file;
    const indent = ' '.repeat(object.entries[0].keyRange.start.character);
    const last = object.entries[object.entries.length - 1];
    // After the last line with content of the last entry (a block value ends where its last item ends).
    const endOffset = trimmedEnd(file.text, file.offsetAt(last.range.end));
    const at = lineEnd(file, file.positionAt(endOffset).line);
    return [{ range: { start: at, end: at }, newText: `${file.eol}${nested(path, valueText, indent, file.eol)}` }];
  }
}

function nested(path: string[], valueText: string, indent: string, eol: string): string {
  return path.map((key, depth) => `${indent}${'  '.repeat(depth)}${key}:${depth === path.length - 1 ? ` ${valueText}` : ''}`).join(eol);
}

function lineEnd(file: ParsedFile, line: number) {
  return { line, character: file.lineText(line).length };
}

function trimmedEnd(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function isEmptyAt(file: ParsedFile, range: Range): boolean {
  return file.offsetAt(range.start) === file.offsetAt(range.end);
}
