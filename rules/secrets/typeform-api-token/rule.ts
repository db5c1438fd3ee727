import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'typeform-api-token',
  scanner: 'secrets',
  title: 'Typeform personal access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Typeform personal access token reads and changes the forms of its account and downloads all responses, which often hold personal data. Revoke it in the Typeform account settings and read it from the environment.',
  keywords: ['tfp_'],
  // A name mentioning typeform, then tfp_ and 59 letters, digits, -, _, . or =.
  regex: assignedSecret(['typeform'], 'tfp_[a-z0-9_.=-]{59}'),
  envName: 'TYPEFORM_TOKEN',
};

export default rule;
