import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyIsBoolean } from '../_shared/py-config';
import { pyCallsTo, pyKeyword, pyResolve, pyUnwrap } from '../_shared/python';

/** PyJWT, python-jose and authlib-style decoders that take `options=` / `verify=` / `algorithms=`. */
const DECODERS = /^(jwt|jose\.jwt|jwt\.api_jwt|jwt\.api_jws|jws)\.decode$/;

/** The dict literal a value is, directly or through a name assigned once. */
function dictLiteral(node: Node | null | undefined): Node | undefined {
  if (!node) return undefined;
  let inner = pyUnwrap(node);
  if (inner.type === 'identifier') {
    const resolved = pyResolve(inner);
    if (!resolved) return undefined;
    inner = pyUnwrap(resolved.value);
  }
  return inner.type === 'dictionary' ? inner : undefined;
}

function dictEntry(dict: Node, key: string): Node | undefined {
  for (const pair of dict.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const k = pair.childForFieldName('key');
    if (k?.type === 'string' && k.text.replace(/^[a-zA-Z]*['"]|['"]$/g, '') === key) return pair;
  }
  return undefined;
}

const rule: SastRule = {
  id: 'py-jwt-verification-disabled',
  scanner: 'sast',
  title: 'JWT decoded without verifying its signature',
  severity: 'high',
  confidence: 'high',
  cwe: [347],
  tags: [OWASP.A02, 'jwt'],
  description:
    "`jwt.decode(token, options={\"verify_signature\": False})` (or PyJWT 1's `verify=False`, or `algorithms=['none']`) returns the claims without checking the signature, so anyone can forge a token with any user id or role. Verify with the key and an explicit list of algorithms.",
  languages: ['python'],
  detect(context) {
    if (!/jwt|jws/i.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, name, arguments: argumentsNode } of pyCallsTo(context, new Set(['decode']))) {
      if (!name || !DECODERS.test(name) || !argumentsNode) continue;
      const options = dictLiteral(pyKeyword(argumentsNode, 'options')?.childForFieldName('value'));
      const verifySignature = options && dictEntry(options, 'verify_signature');
      const verify = pyKeyword(argumentsNode, 'verify');
      const algorithms = pyKeyword(argumentsNode, 'algorithms')?.childForFieldName('value');
      const algorithmList = algorithms && pyUnwrap(algorithms);
      const none =
        algorithmList && (algorithmList.type === 'list' || algorithmList.type === 'tuple')
          ? algorithmList.namedChildren.find((item) => item?.type === 'string' && /^[a-zA-Z]*['"]none['"]$/i.test(item.text))
          : undefined;
      let reason: string | undefined;
      if (verifySignature && pyIsBoolean(verifySignature.childForFieldName('value')!, false)) reason = 'options={"verify_signature": False}';
      else if (verify && pyIsBoolean(verify.childForFieldName('value')!, false)) reason = 'verify=False';
      else if (none) reason = "algorithms=['none']";
      if (!reason) continue;
      const inline = (node: Node | undefined) => !!node && node.startIndex >= call.startIndex && node.endIndex <= call.endIndex;
      const at = reason.startsWith('options') ? (inline(verifySignature) ? verifySignature! : call) : reason === 'verify=False' ? verify! : none!;
      hits.push({
        node: at,
        message: `${name}() with ${reason} accepts tokens without a valid signature, so anyone can forge claims; verify with the key and algorithms=[…] (use get_unverified_header() only to pick the key)`,
      });
    }
    return hits;
  },
};

export default rule;
