import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeywordMatcher } from '../../server/src/engine/scanners/secrets/keywords';

test('finds every keyword present, overlapping or nested, case-insensitively, in one pass', () => {
  const matcher = new KeywordMatcher(['xox', 'xoxb', 'oxb-', 'ghp_', 'hooks.slack.com', 'key', 'clé']);
  assert.deepEqual([...matcher.found('SLACK=XOXB-123 token')].sort(), ['oxb-', 'xox', 'xoxb']);
  assert.deepEqual([...matcher.found('url: https://Hooks.Slack.com/services/x')], ['hooks.slack.com']);
  assert.deepEqual([...matcher.found('naïve ünïcode then ghp_ and a Key')].sort(), ['ghp_', 'key']);
  assert.deepEqual([...matcher.found('la Clé API')], ['clé'], 'non-ASCII keywords still work');
  assert.equal(matcher.found('nothing here').size, 0);
});
