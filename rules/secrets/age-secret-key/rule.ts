import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'age-secret-key',
  scanner: 'secrets',
  title: 'age encryption secret key',
  severity: 'high',
  cwe: [798],
  description:
    'An age secret key (AGE-SECRET-KEY-1…) decrypts every file encrypted to its public key, including SOPS-encrypted secrets. Keep it in a key file outside the repository or in the CI secret store.',
  keywords: ['age-secret-key-1'],
  // AGE-SECRET-KEY-1 followed by 58 characters of the upper-case bech32 alphabet.
  regex: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/,
  envName: 'SOPS_AGE_KEY',
};

export default rule;
