import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: '1password-secret-key',
  scanner: 'secrets',
  title: '1Password account secret key',
  severity: 'high',
  cwe: [798],
  description:
    'A 1Password Secret Key (A3-…) is half of what unlocks a 1Password account; with the account password it opens every vault the account can see. Keep it out of source and configuration files.',
  keywords: ['a3-'],
  // A3-<6>-<11, or 6-5>-<5>-<5>-<5>: upper-case letters and digits in dash-separated groups.
  regex: /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/,
  entropy: 3.8,
  envName: 'OP_SECRET_KEY',
};

export default rule;
