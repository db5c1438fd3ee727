import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { jsIsConstant, jsResolve, jsUnwrap } from '../_shared/javascript';
import { taintAnalysis } from '../_shared/taint';

const DANGEROUS_HTML = `
  (jsx_attribute (property_identifier) @name
    (jsx_expression (object (pair key: (property_identifier) @key value: (_) @value))))`;
/** Calls whose result is HTML made safe: DOMPurify, sanitize-html, xss, escape helpers. */
const SANITISER = /(?:^|\.)(?:sanitize|sanitizeHtml|sanitise|purify|xss|filterXSS|escape|escapeHtml|escapeHTML|htmlEscape|encode)$/i;
const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition']);
/** Bounds the walk through `const`s and expression parts. */
const MAX_DEPTH = 4;

/** The function (component) the node sits in. */
function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (FUNCTIONS.has(current.type)) return current;
  return undefined;
}

/** True when the identifier is a parameter of that function, as a name or destructured (`({ body })`, `(props)`). */
function isParameter(identifier: Node, fn: Node): boolean {
  const parameters = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  if (!parameters) return false;
  if (parameters.type === 'identifier') return parameters.text === identifier.text;
  const names = [...parameters.descendantsOfType('identifier'), ...parameters.descendantsOfType('shorthand_property_identifier_pattern')];
  // Type annotations name types, not values: `({ body }: Props)` binds `body`, not `Props`.
  return names.some((name) => name?.text === identifier.text && !name.parent?.type.includes('type'));
}

/**
 * Where an `__html` value comes from unsanitised, as words for the message: a component prop, or
 * HTML assembled around a value that is neither constant nor sanitised. Undefined when the value
 * is constant, sanitised, or of an origin the rule does not know.
 */
function unsanitisedOrigin(value: Node, component: Node | undefined, depth = 0): string | undefined {
  const inner = jsUnwrap(value);
  if (depth > MAX_DEPTH || jsIsConstant(inner)) return undefined;
  switch (inner.type) {
    case 'call_expression': {
      const callee = inner.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
      if (SANITISER.test(callee)) return undefined;
      if (/^(?:String|decodeURIComponent)$/.test(callee)) return unsanitisedOrigin(inner.childForFieldName('arguments')?.namedChild(0) ?? inner, component, depth + 1);
      return undefined;
    }
    case 'identifier': {
      if (component && isParameter(inner, component)) return `the prop \`${inner.text}\``;
      const resolved = jsResolve(inner);
      return resolved ? unsanitisedOrigin(resolved.value, component, depth + 1) : undefined;
    }
    case 'member_expression': {
      const object = jsUnwrap(inner.childForFieldName('object') ?? inner);
      if (object.type === 'identifier' && object.text === 'props' && component && isParameter(object, component)) return `the prop \`${inner.text}\``;
      return undefined;
    }
    case 'template_string': {
      for (const child of inner.namedChildren) {
        if (child?.type !== 'template_substitution') continue;
        const part = child.namedChild(0);
        const origin = part ? unsanitisedOrigin(part, component, depth + 1) : undefined;
        if (origin) return origin;
        // HTML written around a value of unknown origin is still markup built from unescaped text.
        if (part && !jsIsConstant(part) && !isSanitised(part)) return `\`${part.text}\` inserted into HTML`;
      }
      return undefined;
    }
    case 'binary_expression': {
      if (inner.childForFieldName('operator')?.text !== '+') return undefined;
      const parts = [inner.childForFieldName('left'), inner.childForFieldName('right')].filter((part): part is Node => !!part);
      for (const part of parts) {
        const origin = unsanitisedOrigin(part, component, depth + 1);
        if (origin) return origin;
      }
      const markup = parts.some((part) => /<[a-z]/i.test(part.text) && jsIsConstant(part));
      const unknown = parts.find((part) => !jsIsConstant(part) && !isSanitised(part) && jsUnwrap(part).type !== 'binary_expression');
      return markup && unknown ? `\`${unknown.text}\` inserted into HTML` : undefined;
    }
    default:
      return undefined;
  }
}

function isSanitised(node: Node): boolean {
  const inner = jsUnwrap(node);
  return inner.type === 'call_expression' && SANITISER.test(inner.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '');
}

const rule: SastRule = {
  id: 'js-react-unsanitised-html',
  scanner: 'sast',
  title: 'Unsanitised HTML from a prop or built from values in dangerouslySetInnerHTML',
  severity: 'medium',
  confidence: 'low',
  cwe: [79],
  tags: [OWASP.A03, 'xss', 'react'],
  description:
    'A component passes a prop, or HTML assembled around a variable (`` `<em>${term}</em>` ``), to `dangerouslySetInnerHTML` without sanitising it: whatever the caller hands in (a comment body, a query parameter) is rendered as markup, so a `<img onerror>` in it runs script. Render the value as a child (`{value}`) or sanitise it with DOMPurify first.',
  languages: ['javascript', 'tsx'],
  detect(context) {
    if (!context.file.text.includes('dangerouslySetInnerHTML')) return [];
    const analysis = taintAnalysis(context);
    const hits: SastHit[] = [];
    for (const match of context.matches(DANGEROUS_HTML)) {
      if (match.get('name')?.text !== 'dangerouslySetInnerHTML' || match.get('key')?.text !== '__html') continue;
      const value = match.get('value')!;
      // A flow from a known source is js-react-dangerous-html's (high confidence) finding.
      if (analysis.reaching(value, 'html')) continue;
      const origin = unsanitisedOrigin(value, enclosingFunction(value));
      if (!origin) continue;
      hits.push({
        node: match.get('name')!.parent!,
        message: `${origin[0].toUpperCase()}${origin.slice(1)} reaches dangerouslySetInnerHTML unsanitised, so markup in it runs as HTML; render it as a child or sanitise it with DOMPurify`,
      });
    }
    return hits;
  },
};

export default rule;
