import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsPairKey } from '../_shared/js-objects';
import { jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember, jsResolve, jsUnwrap } from '../_shared/javascript';

/** OpenSSL cipher names (as Node's crypto takes them) of broken or 64-bit-block ciphers, and ECB mode. */
const WEAK_CIPHER = /^(des|des3|des-.*|rc2.*|rc4.*|bf|bf-.*|blowfish|cast.*|idea.*|seed.*|desx.*)$|-ecb$/i;
/** crypto-js cipher objects that are broken or 64-bit-block. */
const WEAK_CRYPTO_JS = new Set(['DES', 'TripleDES', 'RC4', 'RC4Drop']);

function literalOf(argument: Node | undefined): string | undefined {
  if (!argument) return undefined;
  const inner = jsUnwrap(argument);
  const text = jsLiteralText(inner);
  if (text !== undefined || inner.type !== 'identifier') return text;
  const resolved = jsResolve(inner);
  return resolved ? jsLiteralText(resolved.value) : undefined;
}

const rule: SastRule = {
  id: 'js-weak-cipher',
  scanner: 'sast',
  title: 'Broken or weak cipher (DES, 3DES, RC4, Blowfish, ECB, createCipher)',
  severity: 'medium',
  confidence: 'high',
  cwe: [327],
  tags: [OWASP.A02, 'crypto'],
  description:
    'DES, 3DES, RC2, RC4, Blowfish and the other 64-bit-block ciphers are broken or too weak, ECB mode leaks patterns of the plaintext, and `crypto.createCipher` derives the key with one round of MD5 and no IV. Use AES-256-GCM (or ChaCha20-Poly1305) through `createCipheriv` with a random IV.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/cipher|DES|RC4|ECB/i.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const crypto = jsModuleBindings(context, ['crypto']);
    const cryptoJs = jsModuleBindings(context, ['crypto-js']);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      if (call.type !== 'call_expression' || !/cipher|crypt/i.test(callee.text)) continue;
      const member = jsModuleMember(callee, ['crypto'], crypto);
      if (member === 'createCipher' || member === 'createDecipher') {
        hits.push({
          node: call,
          message: `crypto.${member}() derives the key with a single MD5 round and uses no IV (removed in Node 22); use crypto.${member}iv() with a key from scrypt and a random IV`,
        });
        continue;
      }
      if (member === 'createCipheriv' || member === 'createDecipheriv') {
        const algorithm = literalOf(candidate.arguments[0]);
        if (algorithm === undefined || !WEAK_CIPHER.test(algorithm)) continue;
        const why = /-ecb$/i.test(algorithm) ? 'ECB mode encrypts equal blocks to equal ciphertext' : `${algorithm} is a broken or 64-bit-block cipher`;
        hits.push({ node: call, message: `crypto.${member}('${algorithm}'): ${why}; use aes-256-gcm` });
        continue;
      }
      // crypto-js: CryptoJS.DES.encrypt(…), and any cipher with { mode: CryptoJS.mode.ECB }.
      const inner = jsUnwrap(callee);
      if (inner.type !== 'member_expression') continue;
      const method = inner.childForFieldName('property')?.text;
      if (method !== 'encrypt' && method !== 'decrypt') continue;
      const cipher = jsUnwrap(inner.childForFieldName('object') ?? inner);
      const root = cipher.type === 'member_expression' ? jsUnwrap(cipher.childForFieldName('object') ?? cipher) : undefined;
      const cipherName = cipher.type === 'member_expression' ? cipher.childForFieldName('property')?.text : cipher.text;
      const isCryptoJs = (node: Node | undefined) => !!node && node.type === 'identifier' && (cryptoJs.namespaces.has(node.text) || node.text === 'CryptoJS');
      const fromCryptoJs = isCryptoJs(root) || (cipher.type === 'identifier' && cryptoJs.members.has(cipher.text));
      if (!fromCryptoJs) continue;
      if (cipherName && WEAK_CRYPTO_JS.has(cipherName)) {
        hits.push({ node: call, message: `CryptoJS.${cipherName} is a broken or 64-bit-block cipher; use CryptoJS.AES (better: WebCrypto AES-GCM)` });
        continue;
      }
      const options = candidate.arguments[2] && jsUnwrap(candidate.arguments[2]);
      const mode = options?.type === 'object' ? options.namedChildren.find((pair) => pair?.type === 'pair' && jsPairKey(pair) === 'mode') : undefined;
      if (mode && /\.mode\.ECB$/.test(mode.childForFieldName('value')?.text ?? '')) {
        hits.push({ node: mode, message: 'ECB mode encrypts equal blocks to equal ciphertext, so patterns of the plaintext show; use an authenticated mode (WebCrypto AES-GCM)' });
      }
    }
    return hits;
  },
};

export default rule;
