import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsCalleeName, jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember, jsResolve, jsUnwrap } from '../_shared/javascript';

const WEAK = /^(md4|md5|sha-?1|rsa-md5|rsa-sha1|md5-sha1)$/i;

/** The algorithm literal an argument names, following a `const` declared once. */
function algorithmLiteral(argument: Node): { literal: Node; via?: string } | undefined {
  const inner = jsUnwrap(argument);
  if (jsLiteralText(inner) !== undefined) return { literal: inner };
  if (inner.type !== 'identifier') return undefined;
  const resolved = jsResolve(inner);
  const value = resolved && jsUnwrap(resolved.value);
  return value && jsLiteralText(value) !== undefined ? { literal: value, via: inner.text } : undefined;
}

const rule: SastRule = {
  id: 'js-weak-hash',
  scanner: 'sast',
  title: 'Broken hash algorithm (MD5 / SHA-1)',
  severity: 'medium',
  confidence: 'medium',
  cwe: [328],
  tags: [OWASP.A02, 'crypto'],
  description:
    'MD5 and SHA-1 are broken: attackers can produce collisions cheaply, so they must not protect integrity, signatures or identifiers that matter. Use SHA-256 or stronger (and a password hash such as scrypt or argon2 for passwords).',
  languages: JS_LANGUAGES,
  detect(context) {
    const hits: SastHit[] = [];
    const cryptoJs = /crypto-js/.test(context.file.text) ? jsModuleBindings(context, ['crypto-js']) : undefined;
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      if (call.type !== 'call_expression') continue;
      const fn = jsCalleeName(callee);
      // crypto-js: CryptoJS.MD5(…) / CryptoJS.SHA1(…), or MD5 imported from the package.
      if (cryptoJs && (fn === 'MD5' || fn === 'SHA1') && jsModuleMember(callee, ['crypto-js'], cryptoJs) === fn) {
        const property = jsUnwrap(callee).type === 'member_expression' ? jsUnwrap(callee).childForFieldName('property') : null;
        hits.push({
          node: call,
          message: `CryptoJS.${fn}() is a broken hash; use CryptoJS.SHA256() (or WebCrypto's SHA-256)`,
          fix: property ? { title: 'Use CryptoJS.SHA256()', edits: [replace(context, property, 'SHA256')] } : undefined,
        });
        continue;
      }
      // createHash(…) / x.createHash(…), and WebCrypto's <…>.subtle.digest(…).
      const webCrypto = fn === 'digest' && callee.type === 'member_expression' && /(^|\.)\s*subtle\s*\.\s*digest$/.test(callee.text);
      if (fn !== 'createHash' && !webCrypto) continue;
      const argument = candidate.arguments[0];
      if (!argument) continue;
      const found = algorithmLiteral(argument);
      if (!found) continue;
      const name = jsLiteralText(found.literal)!;
      if (!WEAK.test(name)) continue;
      const label = webCrypto ? 'crypto.subtle.digest()' : 'createHash()';
      const strong = webCrypto ? 'SHA-256' : name === name.toUpperCase() ? 'SHA256' : 'sha256';
      const quote = found.literal.text[0];
      hits.push({
        node: call,
        message: `${label} uses ${name}${found.via ? ` (from \`${found.via}\`)` : ''}, a broken hash; use ${strong}`,
        // Only a literal written in the call is rewritten: a shared constant may have other users.
        fix: found.via
          ? undefined
          : { title: `Use ${strong}`, edits: [replace(context, found.literal, `${quote}${strong}${quote}`)] },
      });
    }
    return hits;
  },
};

export default rule;
