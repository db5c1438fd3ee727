import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'azure-ad-client-secret',
  scanner: 'secrets',
  title: 'Microsoft Entra ID (Azure AD) client secret',
  severity: 'critical',
  cwe: [798],
  description:
    'A Microsoft Entra ID (Azure AD) application client secret lets anyone sign in as the application and use its Azure and Microsoft Graph permissions. Delete it in the app registration and use a managed identity or the environment.',
  keywords: ['q~'],
  // 3 characters, a digit, Q~, then 31 to 34 letters, digits, _, ~, . or -, standing alone
  // (delimited by quotes, whitespace, brackets, =, :, , or a backslash).
  regex: /(?:^|[\\'"\x60\s>=:(,)])([\w~.]{3}\dQ~[\w~.-]{31,34})(?:$|[\\'"\x60\s<),])/,
  entropy: 3,
  envName: 'AZURE_CLIENT_SECRET',
};

export default rule;
