import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-pat-routable',
  scanner: 'secrets',
  title: 'GitLab personal access token (routable)',
  severity: 'critical',
  cwe: [798],
  description:
    'A routable GitLab personal access token (glpat-…) acts as its user on the API and over Git, like a classic one. Revoke it in the user\'s access-token settings and read it from the environment or a secret store.',
  keywords: ['glpat-'],
  // glpat-, a payload of 27 to 300 characters, a dot, then 9 lower-case letters and digits
  // (a 2-character version and a 7-character checksum).
  regex: /\bglpat-[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}\b/,
  entropy: 4,
  envName: 'GITLAB_TOKEN',
};

export default rule;
