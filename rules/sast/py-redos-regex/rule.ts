import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, excerpt } from '../_shared/common';
import { pyArgument, pyCallsTo, pyQualifiedName, pyUnwrap } from '../_shared/python';
import { PY_DOT, redosReason } from '../_shared/redos';
import { unescapePyString } from '../_shared/string-escapes';

const FUNCTIONS = new Set(['compile', 'match', 'search', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split']);
/** Where each function takes its flags (position, keyword). */
const FLAGS_AT: Record<string, number> = { compile: 1, match: 2, search: 2, fullmatch: 2, findall: 2, finditer: 2, sub: 4, subn: 4, split: 3 };

/** The pattern a string literal spells (plain or raw, concatenated pieces), or undefined for f-strings and bytes we cannot read. */
function patternOf(node: Node): string | undefined {
  const inner = pyUnwrap(node);
  const pieces = inner.type === 'concatenated_string' ? inner.namedChildren : [inner];
  let pattern = '';
  for (const piece of pieces) {
    if (!piece || piece.type !== 'string') return undefined;
    const prefix = /^[a-zA-Z]*/.exec(piece.text)![0].toLowerCase();
    if (prefix.includes('f')) return undefined;
    for (const child of piece.namedChildren) {
      if (!child || child.type === 'string_start' || child.type === 'string_end') continue;
      if (child.type === 'interpolation') return undefined;
      pattern += unescapePyString(child.text, prefix.includes('r'));
    }
  }
  return pattern;
}

/** Whether the flags argument names a flag (`re.X`, `re.VERBOSE`, `re.S | re.I`…); unknown flags count as set. */
function hasFlag(context: SastContext, flags: Node | undefined, short: string, long: string): boolean {
  if (!flags) return false;
  const inner = pyUnwrap(flags);
  if (inner.type === 'integer') return false;
  if (inner.type !== 'attribute' && inner.type !== 'binary_operator' && inner.type !== 'identifier') return true;
  return new RegExp(`\\b(${short}|${long})\\b`).test(inner.text) || (pyQualifiedName(context, inner) ?? '').endsWith(`.${short}`);
}

const rule: SastRule = {
  id: 'py-redos-regex',
  scanner: 'sast',
  title: 'Regular expression with exponential backtracking (ReDoS)',
  severity: 'medium',
  confidence: 'high',
  cwe: [1333],
  tags: [OWASP.A04, 'redos'],
  description:
    "A repeated group that can match the same text in several ways — `(a+)+`, `(\\w+\\s?)*`, `(a|a)*`, `(.|\\s)*` — makes Python's backtracking `re` engine try exponentially many splits when the input almost matches, so one short string can hold a worker for minutes. Rewrite it so each character can be matched one way only.",
  languages: ['python'],
  detect(context) {
    if (!/\bre\b|\bregex\b/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { name, arguments: argumentsNode } of pyCallsTo(context, FUNCTIONS)) {
      if (!name || !argumentsNode) continue;
      const [module, fn] = name.split('.');
      if ((module !== 're' && module !== 'regex') || !fn || !FUNCTIONS.has(fn) || name.split('.').length !== 2) continue;
      const patternNode = pyArgument(argumentsNode, 0, 'pattern');
      if (!patternNode) continue;
      const pattern = patternOf(patternNode);
      const flags = pyArgument(argumentsNode, FLAGS_AT[fn], 'flags');
      if (pattern === undefined || hasFlag(context, flags, 'X', 'VERBOSE')) continue;
      const reason = redosReason(pattern, { dotExcludes: PY_DOT, dotAll: hasFlag(context, flags, 'S', 'DOTALL') });
      if (!reason) continue;
      hits.push({ node: patternNode, message: `The regular expression ${excerpt(patternNode, 50)} can backtrack exponentially: ${reason}; make each character matchable one way only` });
    }
    return hits;
  },
};

export default rule;
