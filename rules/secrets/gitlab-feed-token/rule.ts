import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-feed-token',
  scanner: 'secrets',
  title: 'GitLab feed token',
  severity: 'medium',
  cwe: [798],
  description:
    'A GitLab feed token (glft-) lets RSS and calendar readers fetch a user\'s activity, issue and merge request feeds, including those of private projects. Reset it in the user\'s access-token settings and keep feed URLs out of code.',
  keywords: ['glft-'],
  // glft- then 20 letters, digits, - and _.
  regex: /glft-[0-9a-zA-Z_-]{20}/,
  entropy: 3,
  envName: 'GITLAB_FEED_TOKEN',
};

export default rule;
