import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, excerpt } from '../_shared/common';
import { jsCalls, jsIsShadowed, jsLiteralText, jsUnwrap } from '../_shared/javascript';
import { JS_DOT, redosReason } from '../_shared/redos';
import { unescapeJsString } from '../_shared/string-escapes';

const rule: SastRule = {
  id: 'js-redos-regex',
  scanner: 'sast',
  title: 'Regular expression with exponential backtracking (ReDoS)',
  severity: 'medium',
  confidence: 'high',
  cwe: [1333],
  tags: [OWASP.A04, 'redos'],
  description:
    'A repeated group that can match the same text in several ways — `(a+)+`, `(\\w+\\s?)*`, `(a|a)*`, `(.|\\s)*` — makes the backtracking regex engine try exponentially many splits when the input almost matches, so one short string can block the event loop for minutes. Rewrite it so each character can be matched one way only.',
  languages: JS_LANGUAGES,
  detect(context) {
    const hits: SastHit[] = [];
    const report = (node: Node, pattern: string, flags: string | undefined) => {
      // Without the `s` flag `.` stops at line terminators, so `(.|\n)*` has no overlap.
      const reason = redosReason(pattern, { dotExcludes: JS_DOT, dotAll: flags === undefined || flags.includes('s') });
      if (reason) hits.push({ node, message: `The regular expression ${excerpt(node, 50)} can backtrack exponentially: ${reason}; make each character matchable one way only` });
    };
    for (const match of context.matches(`(regex pattern: (regex_pattern) @pattern flags: (regex_flags)? @flags) @regex`)) {
      report(match.get('regex')!, match.get('pattern')!.text, match.get('flags')?.text ?? '');
    }
    if (/RegExp/.test(context.file.text)) {
      for (const candidate of jsCalls(context)) {
        const callee = jsUnwrap(candidate.callee);
        if (callee.type !== 'identifier' || callee.text !== 'RegExp' || jsIsShadowed(callee)) continue;
        const [first, flagsArgument] = candidate.arguments;
        const raw = first && jsLiteralText(first);
        if (raw === undefined) continue;
        // Flags that are not a literal are unknown: assume dot-all, the reading with more overlaps.
        const flags = flagsArgument ? jsLiteralText(flagsArgument) : '';
        report(first, unescapeJsString(raw), flags);
      }
    }
    return hits;
  },
};

export default rule;
