import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsPairKey } from '../_shared/js-objects';
import { jsLiteralText, jsUnwrap } from '../_shared/javascript';

/** Versions and OpenSSL method names of SSL 3, TLS 1.0 and TLS 1.1 (deprecated by RFC 8996), with their replacement. */
const OLD_VERSIONS: Record<string, string> = { SSLv3: 'TLSv1.2', TLSv1: 'TLSv1.2', 'TLSv1.1': 'TLSv1.2' };
const OLD_METHODS = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)_(method|client_method|server_method)$/;

const rule: SastRule = {
  id: 'js-weak-tls-version',
  scanner: 'sast',
  title: 'TLS 1.0 / 1.1 or SSL allowed',
  severity: 'medium',
  confidence: 'high',
  cwe: [327],
  tags: [OWASP.A02, 'tls'],
  description:
    'SSL 3, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and were deprecated by RFC 8996. `minVersion: \'TLSv1\'`, `secureProtocol: \'TLSv1_method\'` or `tls.DEFAULT_MIN_VERSION = \'TLSv1\'` let connections fall back to them. Require TLS 1.2 or later.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/minVersion|maxVersion|secureProtocol|DEFAULT_M(IN|AX)_VERSION/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const check = (key: string, value: Node, node: Node) => {
      const literal = jsUnwrap(value);
      const text = jsLiteralText(literal);
      if (text === undefined) return;
      const quote = literal.text[0];
      if (/^(minVersion|maxVersion|DEFAULT_MIN_VERSION|DEFAULT_MAX_VERSION)$/.test(key) && OLD_VERSIONS[text]) {
        hits.push({
          node,
          message: `${key} '${text}' allows a deprecated protocol (RFC 8996); require TLSv1.2 or later`,
          fix: { title: `Use '${OLD_VERSIONS[text]}'`, edits: [replace(context, literal, `${quote}${OLD_VERSIONS[text]}${quote}`)] },
        });
      } else if (key === 'secureProtocol' && OLD_METHODS.test(text)) {
        const fixed = text.replace(/^[A-Za-z0-9]+?(?=_(method|client_method|server_method)$)/, 'TLSv1_2');
        hits.push({
          node,
          message: `secureProtocol '${text}' pins a deprecated protocol; use minVersion: 'TLSv1.2' instead`,
          fix: { title: `Use '${fixed}'`, edits: [replace(context, literal, `${quote}${fixed}${quote}`)] },
        });
      }
    };
    for (const match of context.matches(`
      (pair key: [(property_identifier) (string)] value: (_) @value) @pair
      (assignment_expression left: (member_expression property: (property_identifier) @key) right: (_) @value) @assignment`)) {
      const pair = match.get('pair');
      const assignment = match.get('assignment');
      const key = pair ? jsPairKey(pair) : match.get('key')?.text;
      if (key) check(key, match.get('value')!, pair ?? assignment!);
    }
    return hits;
  },
};

export default rule;
