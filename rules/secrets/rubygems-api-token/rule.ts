import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'rubygems-api-token',
  scanner: 'secrets',
  title: 'RubyGems API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A RubyGems.org API key pushes and yanks versions of its owner\'s gems: a leaked one lets an attacker publish malicious releases. Revoke it on rubygems.org and read it from the environment.',
  keywords: ['rubygems_'],
  // rubygems_ followed by 48 lower-case hex digits.
  regex: /\b(rubygems_[a-f0-9]{48})(?=[`'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'GEM_HOST_API_KEY',
};

export default rule;
