import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'pkcs12-file',
  scanner: 'secrets',
  title: 'PKCS #12 key store (.p12 / .pfx) in the repository',
  severity: 'high',
  cwe: [798],
  description:
    'A .p12 or .pfx file is a key store that usually bundles a private key with its certificate; a weak or known password is all that protects it. Remove it from the repository (and its history), rotate the key, and load the key store from a secret store at deploy time.',
  // A file-name rule, as in gitleaks: the file itself is the finding, whatever it contains.
  keywords: [],
  path: /(?:^|\/)[^/]+\.p(?:12|fx)$/i,
  envName: 'PKCS12_KEYSTORE',
};

export default rule;
