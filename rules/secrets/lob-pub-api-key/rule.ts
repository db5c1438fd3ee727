import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'lob-pub-api-key',
  scanner: 'secrets',
  title: 'Lob publishable API key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Lob publishable API key (live_pub_ / test_pub_) is meant for address verification from browsers, but it still bills address lookups to the account. Roll it if it was not meant to be public and read it from configuration.',
  keywords: ['test_pub', 'live_pub', '_pub'],
  // A name mentioning Lob, assigned live_pub_ or test_pub_ and 31 hex digits.
  regex: assignedSecret(['lob'], '(?:test|live)_pub_[a-f0-9]{31}'),
  envName: 'LOB_PUBLISHABLE_KEY',
};

export default rule;
