import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyCallsTo, pyQualifiedName, pyUnwrap } from '../_shared/python';

/** PyCryptodome / PyCrypto cipher modules that are broken or 64-bit-block. */
const WEAK_PYCRYPTO = new Set(['DES', 'DES3', 'ARC2', 'ARC4', 'Blowfish', 'CAST', 'XOR']);
/** `cryptography` algorithm classes that are broken or 64-bit-block (also under `decrepit`). */
const WEAK_CRYPTOGRAPHY = new Set(['TripleDES', 'Blowfish', 'ARC4', 'IDEA', 'CAST5', 'SEED']);
const LAST_NAMES = new Set(['new', 'ECB', ...WEAK_CRYPTOGRAPHY, 'des', 'triple_des']);

const rule: SastRule = {
  id: 'py-weak-cipher',
  scanner: 'sast',
  title: 'Broken or weak cipher (DES, 3DES, RC4, Blowfish, ECB)',
  severity: 'medium',
  confidence: 'high',
  cwe: [327],
  tags: [OWASP.A02, 'crypto'],
  description:
    'DES, 3DES, RC2, RC4, Blowfish, CAST, IDEA and SEED are broken or have 64-bit blocks, and ECB mode encrypts equal blocks to equal ciphertext. Use AES-GCM (`cryptography` AESGCM, or PyCryptodome `AES.new(key, AES.MODE_GCM)`) or ChaCha20-Poly1305.',
  languages: ['python'],
  detect(context) {
    if (!/Crypto|cryptography|pyDes|ECB/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, name, arguments: argumentsNode } of pyCallsTo(context, LAST_NAMES)) {
      if (!name || !argumentsNode) continue;
      const parts = name.split('.');
      const last = parts.at(-1)!;
      // PyCryptodome / PyCrypto: Crypto.Cipher.DES.new(…), and any cipher's new(…, MODE_ECB).
      if (last === 'new' && /^(Crypto|Cryptodome)\.Cipher\./.test(name)) {
        const cipher = parts.at(-2)!;
        if (WEAK_PYCRYPTO.has(cipher)) {
          hits.push({ node: call, message: `${cipher}.new() is a broken or 64-bit-block cipher; use AES in GCM mode (or ChaCha20_Poly1305)` });
          continue;
        }
        const ecb = argumentsNode.namedChildren.some((argument) => {
          const value = argument?.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
          return !!value && /(^|\.)MODE_ECB$/.test(pyQualifiedName(context, pyUnwrap(value)) ?? '');
        });
        if (ecb) hits.push({ node: call, message: `${cipher}.new(…, MODE_ECB) encrypts equal blocks to equal ciphertext, so patterns of the plaintext show; use MODE_GCM` });
        continue;
      }
      // cryptography: algorithms.TripleDES(key), modes.ECB().
      if (/^cryptography\.hazmat\.(primitives|decrepit)\.ciphers\.algorithms\./.test(name) && WEAK_CRYPTOGRAPHY.has(last)) {
        hits.push({ node: call, message: `algorithms.${last} is a broken or 64-bit-block cipher; use AESGCM or ChaCha20Poly1305` });
      } else if (name === 'cryptography.hazmat.primitives.ciphers.modes.ECB') {
        hits.push({ node: call, message: 'modes.ECB() encrypts equal blocks to equal ciphertext, so patterns of the plaintext show; use AESGCM' });
      } else if (/^pyDes\.(des|triple_des)$/.test(name)) {
        hits.push({ node: call, message: `pyDes.${last}() is a broken or 64-bit-block cipher; use AESGCM from cryptography` });
      }
    }
    return hits;
  },
};

export default rule;
