import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'lob-api-key',
  scanner: 'secrets',
  title: 'Lob API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Lob secret API key (live_ or test_) sends letters, postcards and checks through Lob and reads the address book of the account; live keys spend money. Roll the key in the Lob dashboard and read it from the environment.',
  keywords: ['test_', 'live_'],
  // A name mentioning Lob, assigned live_ or test_ and 35 hex digits.
  regex: assignedSecret(['lob'], '(?:live|test)_[a-f0-9]{35}'),
  envName: 'LOB_API_KEY',
};

export default rule;
