import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'sourcegraph-access-token',
  scanner: 'secrets',
  title: 'Sourcegraph access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Sourcegraph access token searches and reads all code the user can see on the Sourcegraph instance, and a site-admin token changes its configuration. Delete it in the Sourcegraph user settings and read it from the environment.',
  keywords: ['sgp_', 'sourcegraph'],
  // sgp_<16 hex or "local">_<40 hex>, sgp_<40 hex>, or (as in gitleaks) any 40 hex digits in a file
  // that mentions sourcegraph; any case.
  regex: /\b(sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40}|[a-f0-9]{40})\b(?=[`'"\s;]|\\[nr]|$)/i,
  entropy: 3,
  envName: 'SRC_ACCESS_TOKEN',
};

export default rule;
