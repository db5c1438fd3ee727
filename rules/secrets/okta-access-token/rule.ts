import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'okta-access-token',
  scanner: 'secrets',
  title: 'Okta API token',
  severity: 'critical',
  cwe: [798],
  description:
    'An Okta API token acts with the permissions of the administrator who created it: it can read and change users, groups and applications of the Okta org. Revoke it in the Okta admin console and read it from the environment.',
  keywords: ['okta'],
  // A name spelled Okta, okta or OKTA (not mixed case), then 00 and 40 more characters.
  // Case-sensitive on purpose: the name check is, and the value alphabet covers both cases.
  regex: assignedSecret(['[Oo]kta', 'OKTA'], '00[\\w=-]{40}', { caseSensitive: true }),
  entropy: 4,
  envName: 'OKTA_API_TOKEN',
};

export default rule;
