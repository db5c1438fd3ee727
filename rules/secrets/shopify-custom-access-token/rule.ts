import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'shopify-custom-access-token',
  scanner: 'secrets',
  title: 'Shopify custom app access token',
  severity: 'high',
  cwe: [798],
  description:
    'Shopify custom app access token: it reads and changes the store within the custom app\'s scopes: orders, customers and products. Rotate it in the Shopify admin or Partner dashboard and read it from the environment.',
  keywords: ['shpca_'],
  // shpca_ followed by 32 hex digits; like gitleaks, anywhere (no word boundaries).
  regex: /(shpca_[a-fA-F0-9]{32})/,
  entropy: 2,
  envName: 'SHOPIFY_ACCESS_TOKEN',
};

export default rule;
