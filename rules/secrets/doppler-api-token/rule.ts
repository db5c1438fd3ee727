import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'doppler-api-token',
  scanner: 'secrets',
  title: 'Doppler service token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Doppler token (dp.pt.…) reads the secrets of the Doppler projects and configs it was granted. Revoke it in Doppler and pass it to automation through the CI secret store.',
  keywords: ['dp.pt.'],
  // dp.pt. followed by 43 letters and digits.
  regex: /dp\.pt\.[A-Za-z0-9]{43}/,
  entropy: 2,
  envName: 'DOPPLER_TOKEN',
};

export default rule;
