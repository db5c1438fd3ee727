import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, jsAssignments, staysOnSite, taintAnalysis } from '../_shared/taint';

const LOCATION = /^(?:(?:window|document|self|top)\.)?location$/;

const rule: SastRule = {
  id: 'js-open-redirect',
  scanner: 'sast',
  title: 'Untrusted input chooses where the user is redirected',
  severity: 'medium',
  confidence: 'medium',
  cwe: [601],
  tags: [OWASP.A01, 'open-redirect', 'taint'],
  description:
    'Request or URL data reaches `res.redirect()`, Koa `ctx.redirect()`, or a browser navigation (`location = …`, `location.href = …`, `location.assign()/replace()`, `window.open()`): a link on your domain sends users to a phishing site, and a `javascript:` URL runs script. Redirect to paths you choose, or check the target against an allow-list.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    const advice = 'redirect to a local path or check the target against an allow-list';
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const name = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      const object = inner.type === 'member_expression' ? jsUnwrap(inner.childForFieldName('object') ?? inner).text : '';
      let target;
      if (name === 'redirect' && /^(?:res|response|reply|ctx)$/.test(object)) target = args.at(-1);
      else if ((name === 'assign' || name === 'replace') && LOCATION.test(object)) target = args[0];
      else if (name === 'open' && /^(?:window)?$/.test(object) && inner.text !== 'open') target = args[0];
      else continue;
      const hit = flowHit(context, target, 'redirect', call, `\`${name}()\``, { advice, safe: staysOnSite });
      if (hit) hits.push(hit);
    }
    for (const { assignment, left, right } of jsAssignments(context)) {
      const text = jsUnwrap(left).text;
      if (!LOCATION.test(text) && !/^(?:(?:window|document|self|top)\.)?location\.href$/.test(text)) continue;
      const hit = flowHit(context, right, 'redirect', assignment, `\`${text}\``, { advice, safe: staysOnSite });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
