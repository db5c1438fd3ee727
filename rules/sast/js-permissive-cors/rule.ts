import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsBooleanValue, jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { jsCalls, jsIsShadowed, jsModuleBindings, jsUnwrap } from '../_shared/javascript';

const rule: SastRule = {
  id: 'js-permissive-cors',
  scanner: 'sast',
  title: 'CORS reflects any origin with credentials',
  severity: 'high',
  confidence: 'high',
  cwe: [942],
  tags: [OWASP.A05, 'cors'],
  description:
    '`cors({ origin: true, credentials: true })` echoes whatever Origin a request carries and allows credentials, so any website can make a logged-in user\'s browser call your API and read the answers. List the allowed origins explicitly.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/credentials/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const cors = jsModuleBindings(context, ['cors', '@fastify/cors']);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const inner = jsUnwrap(callee);
      if (call.type !== 'call_expression') continue;
      // cors(options) (Express), and app.register(fastifyCors, options) (Fastify).
      let options;
      if (inner.type === 'identifier' && cors.namespaces.has(inner.text) && !jsIsShadowed(inner)) options = jsObjectLiteral(candidate.arguments[0]);
      else if (inner.type === 'member_expression' && inner.childForFieldName('property')?.text === 'register') {
        const plugin = candidate.arguments[0] && jsUnwrap(candidate.arguments[0]);
        if (plugin?.type === 'identifier' && cors.namespaces.has(plugin.text)) options = jsObjectLiteral(candidate.arguments[1]);
      }
      if (!options) continue;
      const origin = jsProperty(options, 'origin');
      if (!origin || jsBooleanValue(origin) !== true || jsBooleanValue(jsProperty(options, 'credentials')) !== true) continue;
      const inline = origin.startIndex >= call.startIndex && origin.endIndex <= call.endIndex;
      hits.push({
        node: inline ? origin : call,
        message: 'origin: true with credentials: true reflects every Origin and allows cookies, so any site can call this API as the logged-in user; list the allowed origins',
      });
    }
    return hits;
  },
};

export default rule;
