import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'launchdarkly-access-token',
  scanner: 'secrets',
  title: 'LaunchDarkly access token',
  severity: 'high',
  cwe: [798],
  description:
    'A LaunchDarkly API access token (or server-side SDK key) reads and, with write roles, changes feature flags of its projects — which can switch features on or off in production. Reset it in LaunchDarkly and read it from the environment.',
  keywords: ['launchdarkly'],
  // A name mentioning LaunchDarkly, assigned 40 letters, digits, =, _ or -.
  regex: assignedSecret(['launchdarkly'], '[a-z0-9=_-]{40}'),
  envName: 'LAUNCHDARKLY_ACCESS_TOKEN',
};

export default rule;
