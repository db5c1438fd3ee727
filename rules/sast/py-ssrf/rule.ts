import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyArgument, pyCalls } from '../_shared/python';
import { hostAllowListed, urlVariable } from '../_shared/host-allowlist';
import { flowHit, hasFixedOrigin, taintAnalysis } from '../_shared/taint';

/** Qualified names of HTTP clients whose first argument (or `url=`) is the URL. */
const CLIENTS = /^(?:requests|httpx|aiohttp\.ClientSession|session|client)\.(?:get|post|put|patch|delete|head|options)$|^(?:urllib\.request\.urlopen|urllib2\.urlopen|urlopen|urllib\.request\.Request|Request|httpx\.stream|pycurl)$/;
/** `requests.request(method, url)`: the URL is second. */
const METHOD_FIRST = /^(?:requests|httpx|session|client)\.request$/;

const rule: SastRule = {
  id: 'py-ssrf',
  scanner: 'sast',
  title: 'Untrusted input chooses the URL of a server-side request',
  severity: 'high',
  confidence: 'medium',
  cwe: [918],
  tags: [OWASP.A10, 'ssrf', 'taint'],
  description:
    'Request data reaches the URL of `requests`, `httpx`, `urllib.request.urlopen` or an `aiohttp`/`requests` session call, so the client chooses which host the server calls: internal services, cloud metadata (169.254.169.254). Fix the scheme and host in code and only put quoted values in the path or query.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, name, arguments: argumentsNode } of pyCalls(context)) {
      if (!argumentsNode || !name) continue;
      // A session object named anything: `s = requests.Session(); s.get(url)` reads as `s.get`.
      const written = callee.text.replace(/^\w*(?:session|client|http)\w*\./i, (prefix) => (/session/i.test(prefix) ? 'session.' : 'client.'));
      let url;
      if (CLIENTS.test(name) || CLIENTS.test(written)) url = pyArgument(argumentsNode, 0, 'url');
      else if (METHOD_FIRST.test(name) || METHOD_FIRST.test(written)) url = pyArgument(argumentsNode, 1, 'url');
      else continue;
      const variable = url ? urlVariable(url) : undefined;
      const hit = flowHit(context, url, 'url', call, `the URL of \`${callee.text.slice(callee.text.lastIndexOf('.') + 1)}()\``, {
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
