import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'shopify-shared-secret',
  scanner: 'secrets',
  title: 'Shopify app shared secret',
  severity: 'high',
  cwe: [798],
  description:
    'Shopify app shared secret: it signs and verifies OAuth requests and webhooks, so a holder can forge webhooks and complete installs as your app. Rotate it in the Shopify admin or Partner dashboard and read it from the environment.',
  keywords: ['shpss_'],
  // shpss_ followed by 32 hex digits; like gitleaks, anywhere (no word boundaries).
  regex: /(shpss_[a-fA-F0-9]{32})/,
  entropy: 2,
  envName: 'SHOPIFY_API_SECRET',
};

export default rule;
