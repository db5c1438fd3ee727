import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'freemius-secret-key',
  scanner: 'secrets',
  title: 'Freemius secret key',
  severity: 'high',
  cwe: [798],
  description:
    'A Freemius secret key in a plugin\'s PHP SDK configuration authenticates the developer to the Freemius API (licences, sales, users). Shipping it inside a plugin publishes it. Regenerate it in the Freemius dashboard and keep it out of distributed code.',
  keywords: ['secret_key'],
  // 'secret_key' => 'sk_<29 characters>' in a PHP array.
  regex: /["']secret_key["']\s*=>\s*["'](sk_\S{29})["']/i,
  // Like gitleaks, the rule is meant for these files only. The scanner does not read this
  // field yet (see README, "Differences from gitleaks").
  path: /\.php$/i,
  envName: 'FREEMIUS_SECRET_KEY',
};

export default rule;
