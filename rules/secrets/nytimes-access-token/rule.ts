import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'nytimes-access-token',
  scanner: 'secrets',
  title: 'New York Times API key',
  severity: 'medium',
  cwe: [798],
  description:
    'A New York Times developer API key is assigned in the code. It lets anyone use your app\'s quota on the Times APIs under your account. Rotate it in the developer portal and read it from the environment.',
  keywords: ['nytimes', 'new-york-times', 'newyorktimes'],
  // A name mentioning the Times, then a 32-character key.
  // gitleaks spells the hyphenated alternative with a trailing comma ("new-york-times,"); kept for identical verdicts.
  regex: assignedSecret(['nytimes', 'newyorktimes', 'new-york-times,'], '[a-z0-9=_-]{32}'),
  envName: 'NYTIMES_API_KEY',
};

export default rule;
