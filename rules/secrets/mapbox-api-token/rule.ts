import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'mapbox-api-token',
  scanner: 'secrets',
  title: 'Mapbox access token',
  severity: 'medium',
  cwe: [798],
  description:
    'A Mapbox public access token (pk.…) loads maps and calls Mapbox APIs billed to the account. Public tokens are meant for browsers, but should be restricted by URL; secret tokens must never be committed. Restrict or rotate it in the Mapbox account.',
  keywords: ['mapbox'],
  // A name mentioning Mapbox, assigned pk., 60 letters and digits, a dot and 22 more.
  regex: assignedSecret(['mapbox'], 'pk\\.[a-z0-9]{60}\\.[a-z0-9]{22}'),
  envName: 'MAPBOX_ACCESS_TOKEN',
};

export default rule;
