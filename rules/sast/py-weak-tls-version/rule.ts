import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { pyQualifiedName } from '../_shared/python';

/** ssl / pyOpenSSL names that select SSL 2/3, TLS 1.0 or TLS 1.1 (deprecated by RFC 8996). */
const OLD_PROTOCOLS = new Set([
  'ssl.PROTOCOL_SSLv2',
  'ssl.PROTOCOL_SSLv3',
  'ssl.PROTOCOL_TLSv1',
  'ssl.PROTOCOL_TLSv1_1',
  'OpenSSL.SSL.SSLv2_METHOD',
  'OpenSSL.SSL.SSLv3_METHOD',
  'OpenSSL.SSL.TLSv1_METHOD',
  'OpenSSL.SSL.TLSv1_1_METHOD',
]);
const OLD_VERSIONS = new Set(['ssl.TLSVersion.SSLv3', 'ssl.TLSVersion.TLSv1', 'ssl.TLSVersion.TLSv1_1']);

const rule: SastRule = {
  id: 'py-weak-tls-version',
  scanner: 'sast',
  title: 'TLS 1.0 / 1.1 or SSL selected',
  severity: 'medium',
  confidence: 'high',
  cwe: [327],
  tags: [OWASP.A02, 'tls'],
  description:
    'SSL 3, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and were deprecated by RFC 8996. `ssl.PROTOCOL_TLSv1`, pyOpenSSL `TLSv1_METHOD` or `minimum_version = ssl.TLSVersion.TLSv1` select them. Use `ssl.create_default_context()` (TLS 1.2+) or `minimum_version = ssl.TLSVersion.TLSv1_2`.',
  languages: ['python'],
  detect(context) {
    if (!/PROTOCOL_(SSL|TLSv1)|_METHOD|TLSVersion/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const match of context.matches(`(attribute attribute: (identifier) @name) @reference`)) {
      const name = match.get('name')!.text;
      if (!/^(PROTOCOL_(SSLv2|SSLv3|TLSv1|TLSv1_1)|(SSLv2|SSLv3|TLSv1|TLSv1_1)_METHOD|SSLv3|TLSv1|TLSv1_1)$/.test(name)) continue;
      const reference = match.get('reference')!;
      const qualified = pyQualifiedName(context, reference);
      if (!qualified) continue;
      if (OLD_PROTOCOLS.has(qualified)) {
        // Only where it selects the protocol: passed to a call (`SSLContext(PROTOCOL_TLSv1)`, `ssl_version=`) or assigned;
        // tables that map protocol names to each other (dict keys, subscripts) select nothing.
        const holder = reference.parent;
        const selects =
          holder?.type === 'argument_list' ||
          holder?.type === 'keyword_argument' ||
          (holder?.type === 'assignment' &&
            holder.childForFieldName('right')?.startIndex === reference.startIndex &&
            holder.childForFieldName('left')?.type !== 'subscript');
        if (!selects) continue;
        hits.push({ node: reference, message: `${qualified} selects a deprecated protocol (RFC 8996); use ssl.create_default_context() or PROTOCOL_TLS_CLIENT with minimum_version TLSv1_2` });
      } else if (OLD_VERSIONS.has(qualified)) {
        // Only where a minimum is set: `ctx.minimum_version = ssl.TLSVersion.TLSv1`; a comparison or a maximum elsewhere is not.
        const holder = reference.parent;
        const target = holder?.type === 'assignment' ? holder.childForFieldName('left') : undefined;
        if (!target || !/minimum_version$/.test(target.text) || holder?.childForFieldName('right')?.startIndex !== reference.startIndex) continue;
        hits.push({
          node: holder!,
          message: `minimum_version = ${name} allows a deprecated protocol (RFC 8996); require TLSv1_2`,
          fix: { title: 'Require TLS 1.2', edits: [replace(context, match.get('name')!, 'TLSv1_2')] },
        });
      }
    }
    return hits;
  },
};

export default rule;
