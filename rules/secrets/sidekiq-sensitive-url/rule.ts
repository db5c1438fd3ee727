import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'sidekiq-sensitive-url',
  scanner: 'secrets',
  title: 'Sidekiq gem server URL with credentials',
  severity: 'medium',
  cwe: [798],
  description:
    'A Sidekiq Pro/Enterprise gem source URL carries the licence credential in its user-info part. Use the plain URL and let Bundler read the credential from the environment.',
  keywords: ['gems.contribsys.com', 'enterprise.contribsys.com'],
  // http(s)://<8 hex>:<8 hex>@ the Sidekiq gem host, followed by /, #, ?, :, | or the end.
  // The secret is the user-info part (group 1).
  regex: /\bhttps?:\/\/([a-f0-9]{8}:[a-f0-9]{8})@(?:gems\.contribsys\.com|enterprise\.contribsys\.com)(?=[\/#?:|]|$)/i,
  envName: 'BUNDLE_GEMS__CONTRIBSYS__COM',
};

export default rule;
