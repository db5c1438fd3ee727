import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'facebook-access-token',
  scanner: 'secrets',
  title: 'Facebook app access token',
  severity: 'high',
  cwe: [798],
  description:
    'A Facebook app access token (<app id>|<app secret>) calls the Graph API as the app, including app-level settings and data. Reset the app secret in the Meta developer dashboard and read tokens from the environment.',
  keywords: ['facebook'],
  // 15 or 16 digits (the app id), | or % (URL-encoded |), then 27 to 40 letters, digits, _ or -.
  // Only in files that mention facebook.
  regex: /\b(\d{15,16}(?:\||%)[0-9a-z_-]{27,40})(?=[\x60'"\s;]|\\[nr]|$)/i,
  entropy: 3,
  envName: 'FACEBOOK_ACCESS_TOKEN',
};

export default rule;
