import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-session-cookie',
  scanner: 'secrets',
  title: 'GitLab session cookie',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab session cookie (_gitlab_session) is a signed-in browser session: whoever has it is that user in the web interface until the session ends. Sign the session out (revoke it under Active sessions) and never store cookies in code.',
  keywords: ['_gitlab_session='],
  // _gitlab_session= then 32 lower-case letters and digits.
  regex: /_gitlab_session=[0-9a-z]{32}/,
  entropy: 3,
  envName: 'GITLAB_SESSION',
};

export default rule;
