/**
 * Names that say a value guards something: a token, a password, a secret, a session id. Used
 * by the weak-randomness rules to tell `const resetToken = Math.random()…` (a finding) from
 * `const jitter = Math.random()` (none). Names are split into words (camelCase, snake_case,
 * kebab-case), so `tokenizer` or `keyboard` do not match.
 */

/** Single words that name a security value on their own. */
const SECURITY_WORDS = new Set([
  'token', 'tokens', 'secret', 'secrets', 'password', 'passwords', 'passwd', 'pwd', 'passphrase', 'pin',
  'nonce', 'salt', 'otp', 'totp', 'hotp', 'csrf', 'xsrf', 'apikey', 'credential', 'credentials', 'sessionid', 'sid', 'iv',
]);
/** Two-word names whose words are harmless alone (`session` + `id`, `api` + `key`, `reset` + `code`). */
const SECURITY_PAIRS: Array<[RegExp, RegExp]> = [
  [/^(session|invite|invitation|reset|verification|verify|auth|access|refresh|api|secret|signing|private|encryption|recovery|activation|confirmation|magic)$/, /^(id|key|code|link|hash)$/],
];

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** True when the name reads as a security value: `resetToken`, `SESSION_ID`, `api-key`, `generate_password`. */
export function isSecurityName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((word) => SECURITY_WORDS.has(word))) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (SECURITY_PAIRS.some(([first, second]) => first.test(words[i]) && second.test(words[i + 1]))) return true;
  }
  return false;
}
