import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import type { TextEdit } from '../../../server/src/engine/types';
import { OWASP, replace } from '../_shared/common';
import { pyIsBoolean } from '../_shared/py-config';
import { pyCalls, pyKeyword, pyPositional, pyUnwrap } from '../_shared/python';

const METHODS = new Set(['set_cookie', 'set_signed_cookie']);

const rule: SastRule = {
  id: 'py-insecure-cookie',
  scanner: 'sast',
  title: 'Cookie set without the Secure or HttpOnly flag',
  severity: 'low',
  confidence: 'medium',
  cwe: [614, 1004],
  tags: [OWASP.A05, 'cookies'],
  description:
    'A cookie set without `secure=True` is also sent over plain HTTP, where anyone on the network can read it; one without `httponly=True` can be read by any script on the page, so an XSS steals it. Pass both (and `samesite`) to `set_cookie` for cookies that carry sessions or tokens.',
  languages: ['python'],
  detect(context) {
    if (!/set_(signed_)?cookie/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      if (callee.type !== 'attribute' || !argumentsNode) continue;
      const method = callee.childForFieldName('attribute')?.text;
      if (!method || !METHODS.has(method)) continue;
      const args = argumentsNode.namedChildren.filter((child) => child && child.type !== 'comment');
      // `**options` may carry the flags: unknown.
      if (args.some((argument) => argument?.type === 'dictionary_splat' || argument?.type === 'list_splat')) continue;
      // A response's set_cookie(key, value, …); `cookiejar.set_cookie(cookie)` (http.cookiejar, requests) stores a Cookie object.
      if (!pyPositional(argumentsNode, 1) && !pyKeyword(argumentsNode, 'value')) continue;
      const secure = pyKeyword(argumentsNode, 'secure');
      const httpOnly = pyKeyword(argumentsNode, 'httponly');
      const secureOff = !!secure && pyIsBoolean(secure.childForFieldName('value')!, false);
      const missing = [...(httpOnly ? [] : ['httponly=True']), ...(secure ? [] : ['secure=True'])];
      if (missing.length === 0 && !secureOff) continue;
      const edits: TextEdit[] = [];
      if (secureOff) edits.push(replace(context, pyUnwrap(secure!.childForFieldName('value')!), 'True'));
      if (missing.length > 0) {
        const last = args.at(-1);
        if (!last) continue;
        edits.push({ range: context.file.rangeOf(last.endIndex, last.endIndex), newText: `, ${missing.join(', ')}` });
      }
      const problems = [...(secureOff ? ['secure=False'] : []), ...missing.map((flag) => `no ${flag.split('=')[0]}`)];
      hits.push({
        node: call,
        message: `${method}() sets a cookie with ${problems.join(' and ')}; pass secure=True and httponly=True so it never travels over plain HTTP and page scripts cannot read it`,
        fix: { title: 'Set secure=True and httponly=True', edits },
      });
    }
    return hits;
  },
};

export default rule;
