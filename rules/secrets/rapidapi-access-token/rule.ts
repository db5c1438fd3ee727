import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'rapidapi-access-token',
  scanner: 'secrets',
  title: 'RapidAPI key',
  severity: 'high',
  cwe: [798],
  description:
    'A RapidAPI key calls every API its account is subscribed to, billed to that account. Rotate it in the RapidAPI developer dashboard and read it from the environment.',
  keywords: ['rapidapi'],
  // A name mentioning rapidapi, then 50 letters, digits, _ or -.
  regex: assignedSecret(['rapidapi'], '[a-z0-9_-]{50}'),
  envName: 'RAPIDAPI_KEY',
};

export default rule;
