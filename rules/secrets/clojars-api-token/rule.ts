import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'clojars-api-token',
  scanner: 'secrets',
  title: 'Clojars deploy token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Clojars deploy token (CLOJARS_…) publishes library versions under its owner\'s groups on Clojars. Disable it on clojars.org and pass deploy tokens through the CI secret store.',
  keywords: ['clojars_'],
  // CLOJARS_ followed by 60 letters and digits (any case, as gitleaks matches it).
  regex: /CLOJARS_[a-z0-9]{60}/i,
  entropy: 2,
  envName: 'CLOJARS_DEPLOY_TOKEN',
};

export default rule;
