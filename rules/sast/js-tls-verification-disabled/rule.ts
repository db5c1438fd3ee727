import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsLiteralText, jsUnwrap } from '../_shared/javascript';

const ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** `'0'` or `0`: the only values with which Node skips certificate checks. */
function disablesEnv(value: Node): boolean {
  const inner = jsUnwrap(value);
  return jsLiteralText(inner) === '0' || (inner.type === 'number' && Number(inner.text) === 0);
}

const rule: SastRule = {
  id: 'js-tls-verification-disabled',
  scanner: 'sast',
  title: 'TLS certificate verification disabled',
  severity: 'medium',
  confidence: 'high',
  cwe: [295],
  tags: [OWASP.A07, 'tls'],
  description:
    '`rejectUnauthorized: false` (or `NODE_TLS_REJECT_UNAUTHORIZED=0`) makes TLS accept any certificate, so anyone on the network path can impersonate the server and read or change the traffic. Keep verification on and trust a private CA with the `ca` option or NODE_EXTRA_CA_CERTS.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/rejectUnauthorized|strictSSL|NODE_TLS_REJECT_UNAUTHORIZED/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const matches = context.matches(`
      ((pair key: [(property_identifier) (string)] @key value: (_) @value) @node
       (#match? @key "^[\\"']?(rejectUnauthorized|strictSSL|NODE_TLS_REJECT_UNAUTHORIZED)[\\"']?$"))
      ((assignment_expression
        left: [(member_expression property: (property_identifier) @key) (subscript_expression index: (string) @key)]
        right: (_) @value) @node
       (#match? @key "^[\\"']?(rejectUnauthorized|strictSSL|NODE_TLS_REJECT_UNAUTHORIZED)[\\"']?$"))`);
    for (const match of matches) {
      const key = match.get('key')!.text.replace(/^['"]|['"]$/g, '');
      const value = match.get('value')!;
      const node = match.get('node')!;
      if (key === ENV) {
        if (!disablesEnv(value)) continue;
        hits.push({
          node,
          message: `${ENV}=0 turns off certificate verification for every TLS connection in the process; trust your CA with NODE_EXTRA_CA_CERTS instead`,
        });
        continue;
      }
      const literal = jsUnwrap(value);
      if (literal.type !== 'false') continue;
      hits.push({
        node,
        message: `${key}: false accepts any TLS certificate, so the connection can be intercepted; keep verification on and pass the server's CA with the \`ca\` option`,
        fix: { title: `Set ${key} to true`, edits: [replace(context, literal, 'true')] },
      });
    }
    return hits;
  },
};

export default rule;
