import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'sidekiq-secret',
  scanner: 'secrets',
  title: 'Sidekiq Pro/Enterprise licence credential',
  severity: 'medium',
  cwe: [798],
  description:
    'A Sidekiq Pro/Enterprise licence credential downloads the commercial gems on your licence. Ask Contributed Systems to rotate it and set it in the build environment instead of a file.',
  keywords: ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'],
  // The Bundler setting for the Sidekiq gem server, then <8 hex>:<8 hex>.
  regex: assignedSecret(['BUNDLE_ENTERPRISE__CONTRIBSYS__COM', 'BUNDLE_GEMS__CONTRIBSYS__COM'], '[a-f0-9]{8}:[a-f0-9]{8}'),
  envName: 'BUNDLE_GEMS__CONTRIBSYS__COM',
};

export default rule;
