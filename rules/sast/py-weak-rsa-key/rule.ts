import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { MIN_RSA_BITS, integerLiteral } from '../_shared/key-sizes';
import { pyArgument, pyCallsTo, pyUnwrap } from '../_shared/python';

/** Key generators → (position, keyword) of their size argument. */
const GENERATORS = new Map<string, [number, string]>([
  ['cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key', [1, 'key_size']],
  ['cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key', [0, 'key_size']],
  ['cryptography.hazmat.primitives.asymmetric.dh.generate_parameters', [1, 'key_size']],
  ['Crypto.PublicKey.RSA.generate', [0, 'bits']],
  ['Crypto.PublicKey.DSA.generate', [0, 'bits']],
  ['Cryptodome.PublicKey.RSA.generate', [0, 'bits']],
  ['Cryptodome.PublicKey.DSA.generate', [0, 'bits']],
  ['rsa.newkeys', [0, 'nbits']],
]);
const LAST_NAMES = new Set([...GENERATORS.keys()].map((name) => name.slice(name.lastIndexOf('.') + 1)));

const rule: SastRule = {
  id: 'py-weak-rsa-key',
  scanner: 'sast',
  title: 'RSA / DSA / DH key shorter than 2048 bits',
  severity: 'medium',
  confidence: 'high',
  cwe: [326],
  tags: [OWASP.A02, 'crypto'],
  description:
    'RSA, DSA and Diffie-Hellman keys shorter than 2048 bits can be factored or broken with affordable computing power. Generate keys of at least 2048 bits (3072 for data that must stay secret beyond 2030), or use elliptic-curve keys.',
  languages: ['python'],
  detect(context) {
    const hits: SastHit[] = [];
    for (const { call, name, arguments: argumentsNode } of pyCallsTo(context, LAST_NAMES)) {
      const where = name && GENERATORS.get(name);
      if (!where || !argumentsNode) continue;
      const size: Node | undefined = pyArgument(argumentsNode, ...where);
      const literal = size && pyUnwrap(size);
      const bits = literal?.type === 'integer' ? integerLiteral(literal.text) : undefined;
      if (!literal || bits === undefined || bits >= MIN_RSA_BITS) continue;
      hits.push({
        node: call,
        message: `${name!.split('.').slice(-2).join('.')}() with a ${bits}-bit key can be broken; use at least ${MIN_RSA_BITS} bits`,
        fix: { title: `Use ${MIN_RSA_BITS} bits`, edits: [replace(context, literal, String(MIN_RSA_BITS))] },
      });
    }
    return hits;
  },
};

export default rule;
