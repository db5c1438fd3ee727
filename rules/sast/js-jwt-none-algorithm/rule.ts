import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { jsCalleeName, jsCalls, jsLiteralText, jsUnwrap } from '../_shared/javascript';

function namesNone(node: Node | null | undefined): Node | undefined {
  if (!node) return undefined;
  const inner = jsUnwrap(node);
  if (jsLiteralText(inner)?.toLowerCase() === 'none') return inner;
  if (inner.type === 'array') for (const item of inner.namedChildren) if (item && jsLiteralText(item)?.toLowerCase() === 'none') return item;
  return undefined;
}

const rule: SastRule = {
  id: 'js-jwt-none-algorithm',
  scanner: 'sast',
  title: "JWT accepted or signed with the 'none' algorithm",
  severity: 'high',
  confidence: 'high',
  cwe: [347],
  tags: [OWASP.A02, 'jwt'],
  description:
    "A JWT with `alg: 'none'` carries no signature. Listing 'none' in `algorithms` when verifying lets anyone forge a token with any claims; signing with `algorithm: 'none'` produces tokens nobody can trust. Verify with an explicit list of real algorithms (e.g. `['RS256']`).",
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/none/i.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      if (call.type !== 'call_expression') continue;
      const name = jsCalleeName(callee);
      if (name !== 'verify' && name !== 'sign') continue;
      // jsonwebtoken: verify(token, key, options) / sign(payload, key, options).
      const options = jsObjectLiteral(candidate.arguments[2]);
      if (!options) continue;
      const key = name === 'verify' ? 'algorithms' : 'algorithm';
      const none = namesNone(jsProperty(options, key)?.childForFieldName('value'));
      if (!none) continue;
      const inline = none.startIndex >= call.startIndex && none.endIndex <= call.endIndex;
      hits.push({
        node: inline ? none : call,
        message:
          name === 'verify'
            ? "jwt.verify() accepts 'none', so a token without a signature passes and anyone can forge claims; list only the algorithms your keys use"
            : "jwt.sign() with algorithm 'none' produces an unsigned token that anyone can forge; sign with HS256/RS256/ES256",
      });
    }
    return hits;
  },
};

export default rule;
