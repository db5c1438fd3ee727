import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'flickr-access-token',
  scanner: 'secrets',
  title: 'Flickr API key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Flickr API key assigned in code or configuration identifies your app; with its secret and OAuth tokens it reads and changes the photos of users who authorised the app. Reset it and read it from the environment.',
  keywords: ['flickr'],
  // <name mentioning flickr> <assignment> <32 letters and digits>
  regex: assignedSecret(['flickr'], '[a-z0-9]{32}'),
  envName: 'FLICKR_API_KEY',
};

export default rule;
