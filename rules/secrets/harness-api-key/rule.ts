import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'harness-api-key',
  scanner: 'secrets',
  title: 'Harness API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Harness personal or service account token (pat. / sat.) calls the Harness API: it can run and edit pipelines, read secrets references and change deployments. Delete the token in Harness and read it from the environment or a secret store.',
  keywords: ['pat.', 'sat.'],
  // pat. or sat., a 22-character account id, then two dotted parts of 24 and 20 letters and digits.
  regex: /(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}/,
  envName: 'HARNESS_API_KEY',
};

export default rule;
