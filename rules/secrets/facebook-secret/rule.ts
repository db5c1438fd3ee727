import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'facebook-secret',
  scanner: 'secrets',
  title: 'Facebook app secret',
  severity: 'high',
  cwe: [798],
  description:
    'A Facebook app secret assigned in code or configuration is the app\'s master credential for the Graph API and signed requests. Reset it in the Meta developer dashboard and read it from the environment.',
  keywords: ['facebook'],
  // <name mentioning facebook> <assignment> <32 hexadecimal characters>
  regex: assignedSecret(['facebook'], '[a-f0-9]{32}'),
  entropy: 3,
  envName: 'FACEBOOK_APP_SECRET',
};

export default rule;
