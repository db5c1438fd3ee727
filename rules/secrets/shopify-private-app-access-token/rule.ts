import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'shopify-private-app-access-token',
  scanner: 'secrets',
  title: 'Shopify private app access token',
  severity: 'high',
  cwe: [798],
  description:
    'Shopify private app access token: it reads and changes the store within the private app\'s permissions. Rotate it in the Shopify admin or Partner dashboard and read it from the environment.',
  keywords: ['shppa_'],
  // shppa_ followed by 32 hex digits; like gitleaks, anywhere (no word boundaries).
  regex: /(shppa_[a-fA-F0-9]{32})/,
  entropy: 2,
  envName: 'SHOPIFY_ACCESS_TOKEN',
};

export default rule;
