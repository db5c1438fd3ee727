/**
 * The shared helpers behind the pattern SAST rules that carry their own logic: the ReDoS
 * analyser, the security-name heuristic, string unescaping and development-path detection.
 * The rules' annotated cases test them through the rules; these tables pin the edge cases.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { isDevelopmentClass, isDevelopmentPath } from '../../rules/sast/_shared/dev-paths';
import { JS_DOT, MAX_PATTERN, PY_DOT, redosReason } from '../../rules/sast/_shared/redos';
import { isSecurityName } from '../../rules/sast/_shared/security-names';
import { unescapeJsString, unescapePyString } from '../../rules/sast/_shared/string-escapes';

const JS = { dotExcludes: JS_DOT, dotAll: false };

test('ReDoS: exponential shapes followed by something that can fail are reported', () => {
  for (const pattern of [
    '^(a+)+$',
    '(a|a)*b',
    '(.*)*x',
    '^(\\w+\\s?)*$',
    '(.*,)*x',
    '(x+x+)+y',
    '(\\w|\\d)+!',
    '(.|\\s)*\\}',
    '((ab)+c?)*d',
    '(?:a+)+b',
    '(?<name>\\d+)*x',
    '^([a-z]+[a-z0-9]*)*@',
  ]) {
    assert.ok(redosReason(pattern, JS), `expected a finding for /${pattern}/`);
  }
});

test('ReDoS: linear, polynomial and unanchored-tail patterns are not reported', () => {
  for (const pattern of [
    '^[a-z]+$',
    '^([a-z]+,)*[a-z]+$', // a mandatory delimiter between repetitions
    '(\\d+\\.)*\\d+',
    '(\\s*,\\s*\\w+)*$',
    '(a|b)*c',
    '^a+a+$', // polynomial, not exponential
    '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    '(a{1,5})*$', // bounded inner repetition
    '^(a+)+', // nothing after the repetition can fail: the first match is accepted
    '^(?:[ \\t]*(?:\\n|$))+', // each repetition is pinned by an assertion
    '(?:.|\\n)*x', // `.` excludes \n in JavaScript without the s flag
    '(ab*)+$',
    '(b*a)+$',
    '\\(a+\\)+$', // escaped parentheses
    '[(a+)+]$', // a character class
    '(\\p{L}+,)*x', // property escapes overlap nothing
  ]) {
    assert.equal(redosReason(pattern, JS), undefined, `unexpected finding for /${pattern}/`);
  }
});

test('ReDoS: what `.` matches depends on the flavour and the dot-all flag', () => {
  assert.equal(redosReason('(?:.|\\n)*x', JS), undefined);
  assert.ok(redosReason('(?:.|\\n)*x', { dotExcludes: JS_DOT, dotAll: true }));
  assert.ok(redosReason('(?:.|\\r)*x', { dotExcludes: PY_DOT, dotAll: false }), 'Python `.` matches \\r');
  assert.ok(redosReason('(?s)(?:.|\\n)*x', { dotExcludes: PY_DOT, dotAll: false }), 'inline (?s)');
});

test('ReDoS: unsupported syntax gives up instead of guessing', () => {
  for (const pattern of ['(a)\\1(a+)+$', '(?x)(a+)+ $', '(?P=name)(a+)+$', '((a+)+$', '[a-', 'a**']) {
    assert.equal(redosReason(pattern, { dotExcludes: PY_DOT, dotAll: false }), undefined, pattern);
  }
});

test('ReDoS: the analysis is bounded for long and deeply nested patterns', () => {
  const long = `^${'(?:[a-z]+,)*'.repeat(Math.floor((MAX_PATTERN - 2) / 12))}$`;
  const deep = `${'('.repeat(900)}a${')*'.repeat(900)}$`;
  const wide = `^(${Array.from({ length: 300 }, (_, i) => `x${i}`).join('|')})*$`;
  const started = performance.now();
  assert.equal(redosReason(long, JS), undefined);
  assert.equal(redosReason(deep, JS), undefined, 'too deep: not analysed');
  assert.equal(redosReason('(a+)+$'.padEnd(MAX_PATTERN + 1, 'b'), JS), undefined, 'too long: not analysed');
  assert.equal(redosReason(wide, JS), undefined);
  assert.ok(performance.now() - started < 2000, 'bounded time');
});

test('security names: words that name secrets, not words that merely contain them', () => {
  for (const name of ['resetToken', 'SESSION_ID', 'api-key', 'generate_password', 'csrfToken', 'otp', 'inviteCode', 'salt', 'make_nonce', 'pinCode']) {
    assert.ok(isSecurityName(name), name);
  }
  for (const name of ['tokenizer', 'keyboard', 'jitter', 'id', 'key', 'delay', 'spinner', 'passenger', 'sessionStart', 'apiUrl']) {
    assert.ok(!isSecurityName(name), name);
  }
});

test('string escapes: JavaScript and Python literals become the regex they spell', () => {
  assert.equal(unescapeJsString('\\\\d+\\/\\u0041\\x42\\u{1F600}\\q'), '\\d+/AB\u{1F600}q');
  assert.equal(unescapePyString('\\d+\\\\w\\n\\x41', false), '\\d+\\w\nA');
  assert.equal(unescapePyString('\\d+\\\\w\\n', true), '\\d+\\\\w\\n');
});

test('development and test configuration is recognised by path and class name', () => {
  for (const path of ['settings/dev.py', 'project/settings/local.py', 'local_settings.py', 'tests/test_app.py', 'conftest.py', 'app\\settings\\test.py', 'test_forms.py', 'src/login.spec.ts', 'src/__tests__/app.js', 'app.test.js']) {
    assert.ok(isDevelopmentPath(path), path);
  }
  for (const path of ['settings.py', 'settings/production.py', 'latest_settings.py', 'contest.py', 'app/config.py', 'src/server.js', 'src/inspector.ts']) {
    assert.ok(!isDevelopmentPath(path), path);
  }
  assert.ok(isDevelopmentClass('DevelopmentConfig') && isDevelopmentClass('TestingConfig') && isDevelopmentClass('LocalSettings'));
  assert.ok(!isDevelopmentClass('ProductionConfig') && !isDevelopmentClass('Config') && !isDevelopmentClass(undefined));
});
