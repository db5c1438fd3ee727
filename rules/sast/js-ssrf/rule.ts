import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { hostAllowListed, urlVariable } from '../_shared/host-allowlist';
import { flowHit, hasFixedOrigin, taintAnalysis } from '../_shared/taint';

/** Callees (as written) that send a request to the URL in their first argument. */
const CLIENTS = /^(?:fetch|window\.fetch|globalThis\.fetch|axios|axios\.(?:get|post|put|patch|delete|head|options|request)|got|got\.(?:get|post|put|patch|delete|head|stream)|needle|needle\.(?:get|post|request)|request|request\.(?:get|post|put|patch|delete)|superagent\.(?:get|post|put|delete)|https?\.(?:get|request)|undici\.(?:request|fetch)|ky|ky\.(?:get|post))$/;

const rule: SastRule = {
  id: 'js-ssrf',
  scanner: 'sast',
  title: 'Untrusted input chooses the URL of a server-side request',
  severity: 'high',
  confidence: 'medium',
  cwe: [918],
  tags: [OWASP.A10, 'ssrf', 'taint'],
  description:
    'Request data reaches the URL of `fetch`, `axios`, `got`, `http(s).get/request`, `request` or `needle`, so the client chooses which host the server calls: internal services, cloud metadata (169.254.169.254). Fix the scheme and host in code and only put encoded values in the path or query.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const written = jsUnwrap(callee).text.replace(/\s+/g, '');
      if (!CLIENTS.test(written)) continue;
      let url: Node | undefined = args[0];
      // `axios({ url })` / `axios.request({ url })` / `http.request({ host, path })`.
      const inner = url && jsUnwrap(url);
      if (inner?.type === 'object') {
        url = inner.namedChildren.find((pair) => pair?.type === 'pair' && /^['"]?(?:url|host|hostname|baseURL)['"]?$/.test(pair.childForFieldName('key')?.text ?? ''))?.childForFieldName('value') ?? undefined;
      }
      const variable = url && urlVariable(jsUnwrap(url));
      const hit = flowHit(context, url, 'url', call, `the URL of \`${jsCalleeName(callee)}()\``, {
        advice: 'fix the scheme and host in code or check the host against an allow-list',
        // A fixed origin, or a host checked against an allow-list before the request (`if (!ALLOWED.has(url.hostname)) return`).
        safe: (taint) => hasFixedOrigin(taint) || (variable !== undefined && hostAllowListed(call, variable)),
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
