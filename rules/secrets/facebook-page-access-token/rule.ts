import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'facebook-page-access-token',
  scanner: 'secrets',
  title: 'Facebook access token (EAA…)',
  severity: 'high',
  cwe: [798],
  description:
    'A Facebook user or Page access token (EAAM…/EAAC…) posts and reads as the user or Page it was issued for. Invalidate it and obtain tokens at run time instead of storing them in code.',
  keywords: ['eaam', 'eaac'],
  // EAAM or EAAC followed by 100 or more letters and digits.
  regex: /\b(EAA[MC][A-Za-z0-9]{100,})(?=[\x60'"\s;]|\\[nr]|$)/,
  entropy: 4,
  envName: 'FACEBOOK_PAGE_ACCESS_TOKEN',
};

export default rule;
