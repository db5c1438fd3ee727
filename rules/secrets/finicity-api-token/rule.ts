import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'finicity-api-token',
  scanner: 'secrets',
  title: 'Finicity app key',
  severity: 'high',
  cwe: [798],
  description:
    'A Finicity (Mastercard Open Banking) app key assigned in code or configuration authenticates API calls that read customers\' bank accounts and transactions. Rotate it and read it from the environment.',
  keywords: ['finicity'],
  // <name mentioning finicity> <assignment> <32 hexadecimal characters>
  regex: assignedSecret(['finicity'], '[a-f0-9]{32}'),
  envName: 'FINICITY_APP_KEY',
};

export default rule;
