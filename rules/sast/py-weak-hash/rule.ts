import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { pyArgument, pyCallsTo, pyIsConstant, pyKeyword, pyQualifiedName, pyResolve, pyUnwrap } from '../_shared/python';

const WEAK = /^(md4|md5|sha1|sha-1|md5-sha1)$/i;
const CONSTRUCTORS = new Map([
  ['hashlib.md5', 'md5'],
  ['hashlib.sha1', 'sha1'],
]);
/** PyCryptodome / PyCrypto hash modules whose `new()` creates a broken digest. */
const PYCRYPTO_WEAK = /^(Crypto|Cryptodome)\.Hash\.(MD2|MD4|MD5|SHA1|SHA)\.new$/;
/** `cryptography` hash algorithms that are broken, when used to compute a digest (`hashes.Hash(hashes.MD5())`). */
const CRYPTOGRAPHY_WEAK = /^cryptography\.hazmat\.primitives\.hashes\.(MD5|SHA1)$/;
const LAST_NAMES = new Set(['md5', 'sha1', 'new', 'Hash']);

/** A plain (non-f) string literal's content node, following a name assigned once. */
function stringLiteral(node: Node): { content: Node | undefined; text: string; via?: string } | undefined {
  let inner = pyUnwrap(node);
  let via: string | undefined;
  if (inner.type === 'identifier') {
    const resolved = pyResolve(inner);
    if (!resolved) return undefined;
    via = inner.text;
    inner = pyUnwrap(resolved.value);
  }
  if (inner.type !== 'string' || !pyIsConstant(inner)) return undefined;
  const parts = inner.namedChildren.filter((child): child is Node => !!child && child.type === 'string_content');
  return parts.length > 1 ? undefined : { content: parts[0], text: parts[0]?.text ?? '', via };
}

/** `usedforsecurity=False` (Python 3.9+) declares a non-security use. */
function declaredNonSecurity(argumentsNode: Node): boolean {
  const value = pyKeyword(argumentsNode, 'usedforsecurity')?.childForFieldName('value');
  return !!value && pyUnwrap(value).type === 'false';
}

const rule: SastRule = {
  id: 'py-weak-hash',
  scanner: 'sast',
  title: 'Broken hash algorithm (MD5 / SHA-1)',
  severity: 'medium',
  confidence: 'medium',
  cwe: [328],
  tags: [OWASP.A02, 'crypto'],
  description:
    'MD5 and SHA-1 are broken: attackers can produce collisions cheaply, so they must not protect integrity, signatures or identifiers that matter. Use hashlib.sha256 or stronger, or pass `usedforsecurity=False` for a checksum with no security role.',
  languages: ['python'],
  detect(context) {
    const hits: SastHit[] = [];
    for (const candidate of pyCallsTo(context, LAST_NAMES)) {
      const { call, callee, name, arguments: argumentsNode } = candidate;
      if (!name || !argumentsNode || declaredNonSecurity(argumentsNode)) continue;
      const algorithm = CONSTRUCTORS.get(name);
      if (algorithm) {
        // Only `hashlib.md5` (module attribute) is renamed; a bare `md5` imported by name would also need its import changed.
        const attribute = callee.type === 'attribute' ? callee.childForFieldName('attribute') : null;
        hits.push({
          node: call,
          message: `hashlib.${algorithm}() is a broken hash; use hashlib.sha256() (or pass usedforsecurity=False for a non-security checksum)`,
          fix: attribute ? { title: 'Use hashlib.sha256()', edits: [replace(context, attribute, 'sha256')] } : undefined,
        });
        continue;
      }
      if (PYCRYPTO_WEAK.test(name)) {
        const algorithm = name.split('.').at(-2)!;
        hits.push({ node: call, message: `${algorithm}.new() is a broken hash; use SHA256.new() (or hashlib.sha256())` });
        continue;
      }
      if (name === 'cryptography.hazmat.primitives.hashes.Hash') {
        // Only digests: SHA-1 inside OAEP/MGF1 padding or HMAC is not affected by collisions.
        const algorithm = pyArgument(argumentsNode, 0, 'algorithm');
        const inner = algorithm && pyUnwrap(algorithm);
        const algorithmName = inner?.type === 'call' ? pyQualifiedName(context, inner.childForFieldName('function')!) : undefined;
        if (!algorithmName || !CRYPTOGRAPHY_WEAK.test(algorithmName)) continue;
        hits.push({ node: call, message: `hashes.Hash(hashes.${algorithmName.split('.').pop()}()) computes a broken hash; use hashes.SHA256()` });
        continue;
      }
      if (name !== 'hashlib.new') continue;
      const argument = pyArgument(argumentsNode, 0, 'name');
      const literal = argument && stringLiteral(argument);
      if (!literal || !WEAK.test(literal.text)) continue;
      const strong = literal.text === literal.text.toUpperCase() ? 'SHA256' : 'sha256';
      hits.push({
        node: call,
        message: `hashlib.new('${literal.text}')${literal.via ? ` (from \`${literal.via}\`)` : ''} is a broken hash; use '${strong}'`,
        fix:
          literal.via || !literal.content
            ? undefined
            : { title: `Use '${strong}'`, edits: [replace(context, literal.content, strong)] },
      });
    }
    return hits;
  },
};

export default rule;
