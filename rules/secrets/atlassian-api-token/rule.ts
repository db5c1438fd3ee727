import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'atlassian-api-token',
  scanner: 'secrets',
  title: 'Atlassian API token',
  severity: 'high',
  cwe: [798],
  description:
    'An Atlassian API token (ATATT3… or a 24-character token assigned to a Jira, Confluence or Atlassian name) acts as its user in Jira and Confluence. Revoke it in the Atlassian account settings and read it from the environment.',
  keywords: ['atlassian', 'confluence', 'jira', 'atatt3'],
  // Either a current token, ATATT3 (any case) followed by 186 letters, digits, _, - or =, or a legacy
  // 24-character token (20 letters or digits, 4 hex digits) assigned to a name that mentions
  // Atlassian, Confluence or Jira (those words in lower, capitalised or upper case only).
  // The name is matched in a lookbehind so that group 1 is the token in both forms.
  regex: /((?<=(?:ATLASSIAN|[Aa]tlassian|CONFLUENCE|[Cc]onfluence|JIRA|[Jj]ira)[ \t\w.-]{0,20}[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5})[A-Za-z0-9]{20}[A-Fa-f0-9]{4}|\b[Aa][Tt][Aa][Tt][Tt]3[\w=-]{186})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 3.5,
  envName: 'ATLASSIAN_API_TOKEN',
};

export default rule;
