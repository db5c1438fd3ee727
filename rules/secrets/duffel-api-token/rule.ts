import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'duffel-api-token',
  scanner: 'secrets',
  title: 'Duffel API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Duffel access token (duffel_test_… or duffel_live_…) searches and books flights and stays on your Duffel account; live tokens create real, paid bookings. Revoke it in the Duffel dashboard and read it from the environment.',
  keywords: ['duffel_'],
  // duffel_test_ or duffel_live_ followed by 43 letters, digits, _, = or -.
  regex: /duffel_(?:test|live)_[\w=-]{43}/,
  entropy: 2,
  envName: 'DUFFEL_ACCESS_TOKEN',
};

export default rule;
