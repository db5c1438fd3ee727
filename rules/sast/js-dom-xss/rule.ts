import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, jsAssignments, taintAnalysis } from '../_shared/taint';

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
const WRITERS = /^(?:window\.)?document\.(?:write|writeln)$/;
const JQUERY_HTML = new Set(['html', 'append', 'prepend', 'after', 'before', 'replaceWith', 'wrap']);

/** Every literal piece of text in the value: none holds markup, so the value is plain text. */
function buildsNoMarkup(value: Node): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'string_fragment' || node.type === 'string') && /[<&]/.test(node.text)) return false;
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return true;
}

/** `el.innerHTML = text` → `el.textContent = text` when no literal part of the value is markup. */
function textContentFix(context: SastContext, left: Node, right: Node, property: string, augmented: boolean): SastHit['fix'] {
  const name = left.childForFieldName('property');
  if (property !== 'innerHTML' || augmented || !name || !buildsNoMarkup(right)) return undefined;
  return { title: 'Assign plain text with textContent', edits: [replace(context, name, 'textContent')] };
}

const rule: SastRule = {
  id: 'js-dom-xss',
  scanner: 'sast',
  title: 'Untrusted input is inserted into the page as HTML',
  severity: 'high',
  confidence: 'high',
  cwe: [79],
  tags: [OWASP.A03, 'xss', 'dom-xss', 'taint'],
  description:
    'URL, referrer, window-name, `postMessage` or request data reaches `innerHTML`/`outerHTML`, `insertAdjacentHTML()`, `document.write()` or jQuery `.html()`, which parse it as HTML: DOM-based cross-site scripting. Use `textContent` or build elements with `createElement`.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { assignment, left, right, property, augmented } of jsAssignments(context)) {
      if (!HTML_PROPERTIES.has(property) || left.type !== 'member_expression') continue;
      const hit = flowHit(context, right, 'html', assignment, `\`${property}\``, {
        advice: 'assign text with textContent or sanitise the markup',
        fix: textContentFix(context, left, right, property, augmented),
      });
      if (hit) hits.push(hit);
    }
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const name = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      let html: Node | undefined;
      if (name === 'insertAdjacentHTML') html = args[1];
      else if (WRITERS.test(inner.text.replace(/\s+/g, ''))) html = args[0];
      else if (name === 'createContextualFragment') html = args[0];
      else if (JQUERY_HTML.has(name) && inner.type === 'member_expression' && /^(?:\$|jQuery)\(/.test(inner.childForFieldName('object')?.text ?? '')) html = args[0];
      const hit = flowHit(context, html, 'html', call, `\`${name}()\``, { advice: 'insert text with textContent or sanitise the markup' });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
