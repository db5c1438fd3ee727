import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'authress-service-client-access-key',
  scanner: 'secrets',
  title: 'Authress service client access key',
  severity: 'high',
  cwe: [798],
  description:
    'An Authress service client access key lets a program call the Authress API as that service client, with its permissions to users, roles and access records. Rotate it in Authress and read it from the environment.',
  keywords: ['sc_', 'ext_', 'scauth_', 'authress_'],
  // <sc|ext|scauth|authress>_<client id>.<key id>.acc_<account id>.<private key>: the id parts are
  // letters and digits (the account id may contain -), the key part base64url characters.
  regex: /\b((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[\w+/=-]{30,120})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 2,
  envName: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY',
};

export default rule;
