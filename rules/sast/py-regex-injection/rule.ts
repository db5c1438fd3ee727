import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyArgument, pyCalls, pyQualifiedName, pyUnwrap } from '../_shared/python';
import { flowHitFor, taintAnalysis, type Taint } from '../_shared/taint';

/** `re` / `regex` functions whose first argument (`pattern`) is compiled as a regular expression. */
const COMPILERS = new Set(['compile', 'search', 'match', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split']);
const MODULES = new Set(['re', 'regex']);

/** True for a call of `re.escape` / `regex.escape` (under any import name). */
function isRegexEscape(context: SastContext, node: Node): boolean {
  const callee = node.type === 'call' ? node.childForFieldName('function') : null;
  return !!callee && /^(?:re|regex)\.escape$/.test(pyQualifiedName(context, callee) ?? '');
}

/**
 * True when the untrusted value went through `re.escape()` imported under another name
 * (`from re import escape`, `import re as r`). The engine knows `re.escape(…)` as written; any
 * other `escape()` it treats as an HTML/log sanitiser, so such a value stays tainted here but
 * cleansed for `html` (`cleansed` keeps only what every part of a joined value shares). The flow
 * counts as escaped when every part was escaped that way and the escape resolves to `re.escape`:
 * the source is read inside one, or the pattern itself calls it.
 */
function escapedForRegex(context: SastContext, taint: Taint, pattern: Node): boolean {
  if (!taint.cleansed.has('html')) return false;
  for (let node = taint.source.parent; node && node.type !== 'block' && node.type !== 'module'; node = node.parent) {
    if (isRegexEscape(context, node)) return true;
  }
  return pattern.descendantsOfType('call').some((call) => !!call && isRegexEscape(context, call));
}

const rule: SastRule = {
  id: 'py-regex-injection',
  scanner: 'sast',
  title: 'Untrusted input compiled as a regular expression',
  severity: 'medium',
  confidence: 'medium',
  cwe: [1333, 400],
  tags: [OWASP.A03, 'redos', 'taint'],
  description:
    'Request data or user input reaches the pattern of `re.compile()`, `re.search()`, `re.match()`, `re.sub()`…, so the user writes the regular expression: a pattern such as `(a+)+$` takes exponential time on a short input and holds the worker, and metacharacters change what the match accepts. Escape the text with `re.escape()` or compare with `in`.',
  languages: ['python'],
  detect(context) {
    if (!/\b(?:re|regex)\b/.test(context.file.text)) return [];
    const analysis = taintAnalysis(context);
    if (analysis.empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, name, arguments: argumentsNode } of pyCalls(context)) {
      if (callee.type !== 'attribute' || !argumentsNode) continue;
      const dot = (name ?? '').lastIndexOf('.');
      if (dot < 0 || !MODULES.has(name!.slice(0, dot)) || !COMPILERS.has(name!.slice(dot + 1))) continue;
      const pattern = pyArgument(argumentsNode, 0, 'pattern');
      // Only `re.escape()` escapes pattern syntax (HTML escaping keeps `(`, `+`, `*`).
      const taint = pattern ? analysis.reaching(pyUnwrap(pattern), 'regex') : undefined;
      if (!taint || escapedForRegex(context, taint, pattern!)) continue;
      hits.push(flowHitFor(taint, call, `the pattern of \`${callee.text}()\``, 'escape it with re.escape() or compare with `in`'));
    }
    return hits;
  },
};

export default rule;
