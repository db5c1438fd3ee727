import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { isDevelopmentPath } from '../_shared/dev-paths';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsBooleanValue, jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { jsCalls, jsIsShadowed, jsModuleBindings, jsUnwrap } from '../_shared/javascript';

const FLAGS = ['secure', 'httpOnly'] as const;

const rule: SastRule = {
  id: 'js-insecure-session-cookie',
  scanner: 'sast',
  title: 'Session cookie configured with secure or httpOnly off',
  severity: 'medium',
  confidence: 'high',
  cwe: [614, 1004],
  tags: [OWASP.A05, 'cookies', 'session'],
  description:
    'express-session `cookie: { secure: false }` / `httpOnly: false` and cookie-session `secure: false` / `httpOnly: false` send the session cookie over plain HTTP or let page scripts read it, so it can be stolen by a network attacker or an XSS. Keep both on.',
  languages: JS_LANGUAGES,
  detect(context) {
    // Development and test servers run over plain HTTP: their configuration is not judged.
    if (!/express-session|cookie-session/.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    const expressSession = jsModuleBindings(context, ['express-session']);
    const cookieSession = jsModuleBindings(context, ['cookie-session']);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const inner = jsUnwrap(callee);
      if (call.type !== 'call_expression' || inner.type !== 'identifier' || jsIsShadowed(inner)) continue;
      const module = expressSession.namespaces.has(inner.text) ? 'express-session' : cookieSession.namespaces.has(inner.text) ? 'cookie-session' : undefined;
      if (!module) continue;
      const options = jsObjectLiteral(candidate.arguments[0]);
      if (!options) continue;
      // express-session keeps the flags under `cookie`; cookie-session takes them at the top level.
      const holder: Node | undefined = module === 'express-session' ? jsObjectLiteral(jsProperty(options, 'cookie')?.childForFieldName('value') ?? undefined) : options;
      if (!holder) continue;
      for (const flag of FLAGS) {
        const pair = jsProperty(holder, flag);
        if (!pair || jsBooleanValue(pair) !== false) continue;
        const inline = holder.startIndex >= call.startIndex && holder.endIndex <= call.endIndex;
        hits.push({
          node: pair,
          message:
            flag === 'secure'
              ? `${module}: secure: false sends the session cookie over plain HTTP, where it can be read; set secure: true (with app.set('trust proxy', 1) behind a TLS proxy)`
              : `${module}: httpOnly: false lets page scripts read the session cookie, so an XSS steals the session; set httpOnly: true`,
          // Options shared through a const may serve other code: only the literal in the call is rewritten.
          fix: inline ? { title: `Set ${flag}: true`, edits: [replace(context, jsUnwrap(pair.childForFieldName('value')!), 'true')] } : undefined,
        });
      }
    }
    return hits;
  },
};

export default rule;
