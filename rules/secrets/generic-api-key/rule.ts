import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

/**
 * Words that name a credential when they occur in the name a value is assigned to, in the three
 * spellings names use (`apiKey`, `ApiKey`, `API_KEY`). The regex is case-sensitive on purpose: a
 * word must not run on into lower-case letters, so `tokenizer`, `author` and `keyboard` are not
 * credential names, and `apI` inside `mapIndent` is not `api`.
 */
const NAME_WORDS = ['api', 'key', 'token', 'secret', 'password', 'passwd', 'pwd', 'auth', 'credential']
  .flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()])
  .join('|');

/** Names of public keys (`publicKey`, `PUBLISHABLE_KEY`, `pubkey`): their values are not secret. */
const PUBLIC_KEY_PREFIX = '(?:pub|Pub|PUB)(?:lic|LIC|lishable|LISHABLE)?[_.-]?';

/** Characters a key or password value is made of (no quotes, whitespace, brackets or `:`). */
const VALUE = '[\\w.=+/~@!$%^&*-]';

const rule: SecretRule = {
  id: 'generic-api-key',
  scanner: 'secrets',
  title: 'Generic API key or password',
  severity: 'medium',
  cwe: [798],
  description:
    'A random-looking value is assigned to a name that says it is a key, token, secret or password. If it is a real credential, rotate it and read it from the environment or a secret store; if it is not, mark the line with gitleaks:allow.',
  keywords: ['key', 'api', 'token', 'secret', 'password', 'passwd', 'pwd', 'auth', 'credential'],
  // <name containing a credential word> [quote] <= := : => ?=> [quote] <value> <end of value>
  // The match starts at the credential word, so the regex engine only tries where one occurs;
  // lookbehinds, evaluated only once a word has matched, check what comes before it: the name is a
  // run of at most 40 name characters before the word, and the word is not the `key` of a
  // public-key name. (Six times faster than testing the name at every position.)
  regex: new RegExp(
    `(?:${NAME_WORDS})(?<=(?:^|[^\\w.-])[\\w.-]{0,40}(?:${NAME_WORDS}))(?<!${PUBLIC_KEY_PREFIX}(?:${NAME_WORDS}))(?:s|S)?(?![a-z])[\\w.-]{0,20}` +
      `['"]?[ \\t]{0,5}(?:=|:=|:|=>|\\?=)[ \\t]{0,5}['"\`]?` +
      `(${VALUE}{10,150})(?=['"\`\\s;,)\\]}]|$)`,
  ),
  entropy: 3.5,
  allowlist: {
    regexes: [
      // No digit at all: words, identifiers and expressions (config.apiKey, !keyProps.found,
      // my-service-name, textDocument/semanticTokens/full), true/false/null.
      /^[^0-9]+$/,
      // File paths: absolute, home- or dot-relative, or a file name with a key/config extension.
      /^(?:~|\.{1,2})?\/[\w./-]*$/,
      /\.(?:pem|key|crt|cer|der|p8|p12|pfx|jks|keystore|pub|asc|gpg|json|ya?ml|toml|ini|env|txt)$/i,
      // References to an environment variable or a settings object rather than a value.
      /^\$[A-Za-z_]\w*$/,
      /^%[A-Za-z_]\w*%$/,
      /^(?:process\.env|import\.meta\.env|os\.environ|env|ENV|secrets|vars|var|local|settings|config)\./,
      // Stripe publishable keys are public by design.
      /^pk_(?:live|test)_/,
    ],
    // Names that contain a credential word but name something else: API versions, ids and names
    // (`apiVersion: external-secrets.io/v1beta1`), "rapid", "capital".
    matchRegexes: [/(?:api[_.-]?(?:version|id|name)|access[_.-]?id|key[_.-]?id|rapid|capital)/i],
    stopwords: ['localhost', 'lorem', 'foobar', 'notasecret', 'not-a-secret', 'insert', 'replace', 'sample', 'fake'],
  },
  fallback: true,
  envName: 'API_KEY',
};

export default rule;
