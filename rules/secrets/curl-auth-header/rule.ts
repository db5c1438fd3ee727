import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

/** A word spelled in any case: gitleaks matches the header part of this rule ignoring case. */
const anyCase = (word: string): string => word.replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);

/**
 * The header up to its value: `Authorization:` with an optional scheme (Basic only when a base64
 * value and the closing quote follow), or a key header such as `X-Api-Key:` or `X-Auth-Token:`.
 */
const HEADER_NAME =
  `(?:${anyCase('Authorization')}:[ \\t]{0,5}` +
  `(?:${anyCase('Basic')}[ \\t](?=[A-Za-z0-9+/]{8,}={0,3}\\1)|(?:${anyCase('Bearer')}|(?:${anyCase('Api-')})?${anyCase('Token')})[ \\t])?` +
  `|(?:${anyCase('X-')}(?:[A-Za-z]+-)?)?(?:${anyCase('Api')}-?)?(?:${anyCase('Key')}|${anyCase('Token')}):[ \\t]{0,5})`;

const rule: SecretRule = {
  id: 'curl-auth-header',
  scanner: 'secrets',
  title: 'Credential in a curl header',
  severity: 'high',
  cwe: [798],
  description:
    'A curl command passes a literal token, API key or Basic credential in an Authorization or key header. Scripts, shell history and CI logs keep the command; read the credential from an environment variable instead.',
  keywords: ['curl'],
  // curl … -H|--header "<header>: <value>" (single or double quotes; up to 5 continued lines
  // between curl and the header, each part at most 1000 characters so that a long minified line
  // with many `curl` words costs linear, not quadratic, time). Headers: Authorization with Basic, Bearer, Token or Api-Token
  // or no scheme, and X-…-Api-Key/Token style key headers. Group 1 is the quote, group 2 the
  // value; a Basic value must be base64.
  regex: new RegExp(
    String.raw`\bcurl\b(?:[^\n]{0,1000}?|[^\n]{0,1000}?(?:[\r\n]{1,2}[^\n]{0,1000}?){1,5})[ \t\n\r](?:-H|--header)(?:=|[ \t]{0,5})` +
      `(["'])${HEADER_NAME}` +
      String.raw`([\w=~@.+/-]{8,})\1(?!\w)`,
  ),
  secretGroup: 2,
  entropy: 2.75,
  envName: 'API_TOKEN',
};

export default rule;
