/**
 * "Move the secret to an environment variable": replaces a string literal that is exactly the
 * secret with the language's environment lookup. Offered only when the literal holds nothing
 * but the secret, so the edit never changes other text.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../../source';
import type { Fix, TextEdit } from '../../types';
import type { SecretRule } from './rule';

const STRING_NODES = new Set(['string', 'template_string']);

export function environmentFix(file: ParsedFile, rule: SecretRule, start: number, end: number): Fix | undefined {
  if (!rule.regex) return undefined;
  const language = file.language;
  if (language === 'terraform') return terraformVariableFix(file, rule, start, end);
  if (!file.tree || !['javascript', 'typescript', 'tsx', 'python'].includes(language)) return undefined;
  let node: Node | null = file.tree.rootNode.descendantForIndex(start, end);
  while (node && !STRING_NODES.has(node.type)) node = node.parent;
  if (!node || !isPlainLiteral(node, file.text.slice(start, end))) return undefined;

  const name = environmentName(node) ?? rule.envName;
  const range = file.rangeOf(node.startIndex, node.endIndex);
  const edits: TextEdit[] = [];
  if (language === 'python') {
    edits.push({ range, newText: `os.environ["${name}"]` });
    const importEdit = pythonImportOs(file);
    if (importEdit) edits.unshift(importEdit);
  } else {
    edits.push({ range, newText: `process.env.${name}` });
  }
  return { title: `Read the secret from the environment variable ${name}`, kind: 'fix', edits, isPreferred: true };
}

/**
 * Terraform: the literal becomes `var.NAME`, and a `variable "NAME"` with `sensitive = true` is
 * added at the end of the file (unless one exists), so the value comes from a tfvars file kept
 * out of the repository or from TF_VAR_NAME.
 */
function terraformVariableFix(file: ParsedFile, rule: SecretRule, start: number, end: number): Fix | undefined {
  // Only configuration files can reference variables (not .tfvars, not CLI .hcl files).
  if (!file.tree || !file.path.endsWith('.tf')) return undefined;
  let node: Node | null = file.tree.rootNode.descendantForIndex(start, end);
  while (node && node.type !== 'string_lit' && node.type !== 'template_expr') node = node.parent;
  if (!node || node.text !== `"${file.text.slice(start, end)}"`) return undefined;
  let attribute: Node | null = node.parent;
  while (attribute && attribute.type !== 'attribute') attribute = attribute.parent;
  // A variable's own default cannot reference a variable: the fix there is to drop the default.
  let block: Node | null = attribute?.parent ?? null;
  while (block && block.type !== 'block') block = block.parent;
  if (block?.namedChildren[0]?.text === 'variable') return undefined;
  // Named after the nearest key: an object element's (`{ MAPS_API_KEY = "…" }`) or the attribute's.
  let element: Node | null = node.parent;
  while (element && element !== attribute && element.type !== 'object_elem') element = element.parent;
  const key = (element?.type === 'object_elem' ? element.namedChildren[0]?.text.replace(/^"|"$/g, '') : undefined) ?? attribute?.namedChildren[0]?.text;
  const name = (key && /^[A-Za-z_][\w-]*$/.test(key) ? key : rule.envName).toLowerCase().replace(/-/g, '_');
  const edits: TextEdit[] = [{ range: file.rangeOf(node.startIndex, node.endIndex), newText: `var.${name}` }];
  if (!new RegExp(`variable\\s+"${name}"`).test(file.text)) {
    const eol = file.eol;
    const endPosition = file.positionAt(file.text.length);
    const lead = file.text.endsWith('\n') || file.text.length === 0 ? '' : eol;
    edits.push({
      range: { start: endPosition, end: endPosition },
      newText: `${lead}${eol}variable "${name}" {${eol}  type      = string${eol}  sensitive = true${eol}}${eol}`,
    });
  }
  return { title: `Move the secret to a sensitive variable var.${name}`, kind: 'fix', edits, isPreferred: true };
}

/** The environment variable a fix uses, for the `.env.example` entry. */
export function environmentVariableOf(fix: Fix): string | undefined {
  return /process\.env\.(\w+)|os\.environ\["(\w+)"\]/.exec(fix.edits.map((edit) => edit.newText).join(' '))?.slice(1).find(Boolean);
}

/** A literal with no interpolation, prefix or concatenation whose content is exactly the secret. */
function isPlainLiteral(node: Node, secret: string): boolean {
  const text = node.text;
  if (node.type === 'template_string' && node.namedChildren.some((child) => child?.type === 'template_substitution')) return false;
  if (node.namedChildren.some((child) => child?.type === 'interpolation')) return false;
  const quoteMatch = /^([rRbBuU]{0,2})("""|'''|["'`])/.exec(text);
  if (!quoteMatch || /[fFbB]/.test(quoteMatch[1])) return false;
  const quote = quoteMatch[2];
  const inner = text.slice(quoteMatch[0].length, text.length - quote.length);
  return inner === secret;
}

/** Derives UPPER_SNAKE_CASE from what the literal is assigned to, if anything names it. */
function environmentName(literal: Node): string | undefined {
  const parent = literal.parent;
  if (!parent) return undefined;
  let target: Node | null = null;
  switch (parent.type) {
    case 'variable_declarator':
      target = parent.childForFieldName('name');
      break;
    case 'assignment_expression':
    case 'assignment':
      target = parent.childForFieldName('left');
      break;
    case 'pair':
      target = parent.childForFieldName('key');
      break;
    case 'keyword_argument':
      target = parent.childForFieldName('name');
      break;
  }
  if (!target) return undefined;
  const raw = target.text.split(/[.[\]]/).filter(Boolean).pop()?.replace(/^['"`]|['"`]$/g, '');
  if (!raw || !/^[A-Za-z_$][\w$-]*$/.test(raw)) return undefined;
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-$]/g, '_')
    .toUpperCase();
}

function pythonImportOs(file: ParsedFile): TextEdit | undefined {
  if (/^\s*import\s+os\s*$|^\s*import\s+.*\bos\b/m.test(file.text)) return undefined;
  // After a shebang or encoding line, before everything else.
  let line = 0;
  while (line < file.lineCount && /^#(!|.*coding[:=])/.test(file.lineText(line))) line++;
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `import os${file.eol}` };
}
