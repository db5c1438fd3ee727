import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'shippo-api-token',
  scanner: 'secrets',
  title: 'Shippo API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Shippo API token buys shipping labels charged to your account and reads your customers\' addresses and orders. Regenerate it in the Shippo settings and read it from the environment.',
  keywords: ['shippo_'],
  // shippo_live_ or shippo_test_ followed by 40 hex digits.
  regex: /\b(shippo_(?:live|test)_[a-fA-F0-9]{40})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'SHIPPO_API_TOKEN',
};

export default rule;
