import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'frameio-api-token',
  scanner: 'secrets',
  title: 'Frame.io API token',
  severity: 'high',
  cwe: [798],
  description:
    'A Frame.io developer token (fio-u-…) acts as its user on the Frame.io API: projects, assets and review links. Revoke it in the Frame.io developer site and read it from the environment or a secret store.',
  keywords: ['fio-u-'],
  // fio-u- then 64 characters of letters, digits, -, _ and =.
  regex: /fio-u-[A-Za-z0-9_=-]{64}/,
  envName: 'FRAMEIO_TOKEN',
};

export default rule;
