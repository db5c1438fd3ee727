import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'shopify-access-token',
  scanner: 'secrets',
  title: 'Shopify Admin API access token',
  severity: 'high',
  cwe: [798],
  description:
    'Shopify Admin API access token: it reads and changes the store through the Admin API within the app\'s scopes: orders, customers, products and payments settings. Rotate it in the Shopify admin or Partner dashboard and read it from the environment.',
  keywords: ['shpat_'],
  // shpat_ followed by 32 hex digits; like gitleaks, anywhere (no word boundaries).
  regex: /(shpat_[a-fA-F0-9]{32})/,
  entropy: 2,
  envName: 'SHOPIFY_ACCESS_TOKEN',
};

export default rule;
