import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { jsCalleeName, jsCalls, jsLiteralText, jsUnwrap } from '../_shared/javascript';
import { MIN_RSA_BITS, integerLiteral } from '../_shared/key-sizes';

/** A numeric literal below the minimum, with its value. */
function weakSize(node: Node | null | undefined): { literal: Node; bits: number } | undefined {
  if (!node) return undefined;
  const literal = jsUnwrap(node);
  const bits = literal.type === 'number' ? integerLiteral(literal.text) : undefined;
  return bits !== undefined && bits < MIN_RSA_BITS ? { literal, bits } : undefined;
}

const rule: SastRule = {
  id: 'js-weak-rsa-key',
  scanner: 'sast',
  title: 'RSA / DSA / DH key shorter than 2048 bits',
  severity: 'medium',
  confidence: 'high',
  cwe: [326],
  tags: [OWASP.A02, 'crypto'],
  description:
    'RSA, DSA and Diffie-Hellman keys shorter than 2048 bits can be factored or broken with affordable computing power (512-bit RSA in hours, 1024-bit within reach of well-funded attackers). Generate keys of at least 2048 bits (3072 for data that must stay secret beyond 2030).',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/modulusLength|generateKeyPair|NodeRSA|createDiffieHellman/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const add = (call: Node, found: { literal: Node; bits: number } | undefined, what: string) => {
      if (!found) return;
      const inline = found.literal.startIndex >= call.startIndex && found.literal.endIndex <= call.endIndex;
      hits.push({
        node: inline ? found.literal : call,
        message: `${what} with a ${found.bits}-bit key can be broken; use at least ${MIN_RSA_BITS} bits`,
        fix: inline ? { title: `Use ${MIN_RSA_BITS} bits`, edits: [replace(context, found.literal, String(MIN_RSA_BITS))] } : undefined,
      });
    };
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const name = jsCalleeName(callee);
      const args = candidate.arguments;
      if (name === 'generateKeyPair' || name === 'generateKeyPairSync') {
        const type = args[0] && jsLiteralText(args[0]);
        if (type && /^(rsa|rsa-pss|dsa|dh)$/.test(type)) {
          const options = jsObjectLiteral(args[1]);
          if (options) add(call, weakSize(jsProperty(options, 'modulusLength')?.childForFieldName('value')), `${name}('${type}')`);
        } else if (/(^|\.)rsa\.generateKeyPair$/.test(jsUnwrap(callee).text)) {
          // node-forge: pki.rsa.generateKeyPair(bits) or ({ bits }).
          const options = args[0] && jsObjectLiteral(args[0]);
          add(call, options ? weakSize(jsProperty(options, 'bits')?.childForFieldName('value')) : weakSize(args[0]), 'forge rsa.generateKeyPair()');
        }
      } else if (name === 'generateKey' && /subtle\s*\.\s*generateKey$/.test(callee.text)) {
        const algorithm = jsObjectLiteral(args[0]);
        const nameValue = algorithm && jsProperty(algorithm, 'name')?.childForFieldName('value');
        const algorithmName = nameValue ? jsLiteralText(nameValue) : undefined;
        if (algorithm && algorithmName && /^RSA/i.test(algorithmName)) add(call, weakSize(jsProperty(algorithm, 'modulusLength')?.childForFieldName('value')), `crypto.subtle.generateKey('${algorithmName}')`);
      } else if (name === 'NodeRSA' && call.type === 'new_expression') {
        const options = jsObjectLiteral(args[0]);
        if (options) add(call, weakSize(jsProperty(options, 'b')?.childForFieldName('value')), 'new NodeRSA()');
      } else if (name === 'createDiffieHellman' && args[0] && jsUnwrap(args[0]).type === 'number') {
        add(call, weakSize(args[0]), 'createDiffieHellman()');
      }
    }
    return hits;
  },
};

export default rule;
