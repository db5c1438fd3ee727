import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'linear-client-secret',
  scanner: 'secrets',
  title: 'Linear OAuth client secret',
  severity: 'high',
  cwe: [798],
  description:
    'The client secret of a Linear OAuth application lets its holder act as the application: exchange authorisation codes for access tokens of the workspaces that installed it. Rotate it in the Linear API settings and read it from the environment.',
  keywords: ['linear'],
  // A name mentioning Linear, assigned 32 hex digits.
  regex: assignedSecret(['linear'], '[a-f0-9]{32}'),
  entropy: 2,
  envName: 'LINEAR_CLIENT_SECRET',
};

export default rule;
