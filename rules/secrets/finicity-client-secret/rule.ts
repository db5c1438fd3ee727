import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'finicity-client-secret',
  scanner: 'secrets',
  title: 'Finicity partner secret',
  severity: 'high',
  cwe: [798],
  description:
    'A Finicity (Mastercard Open Banking) partner secret assigned in code or configuration obtains API tokens that read customers\' bank data. Rotate it and read it from the environment.',
  keywords: ['finicity'],
  // <name mentioning finicity> <assignment> <20 letters and digits>
  regex: assignedSecret(['finicity'], '[a-z0-9]{20}'),
  envName: 'FINICITY_PARTNER_SECRET',
};

export default rule;
