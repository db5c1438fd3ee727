/** `.gitleaks.toml` and `.gitleaksignore`, read and applied as gitleaks 8 does. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parseGitleaksConfig, parseGitleaksIgnore } from '../../server/src/engine/config/gitleaks';
import { ConfigError, defaultConfig, type PreflightConfig } from '../../server/src/engine/config/preflight';
import { Engine } from '../../server/src/engine/engine';
import { loadConfig, scanWorkspace } from '../../server/src/engine/workspace';
import { fakeGithubToken, makeWorkspace, randomChars } from '../support/workspace';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

function withGitleaks(toml: string, ignore?: string): PreflightConfig {
  return {
    ...defaultConfig(),
    gitleaks: parseGitleaksConfig(toml, '.gitleaks.toml'),
    gitleaksIgnore: ignore === undefined ? undefined : parseGitleaksIgnore(ignore),
    digest: `${toml}\0${ignore}`,
  };
}

const ids = (config: PreflightConfig, path: string, text: string) =>
  engine.scanSource(Engine.source(path, text), { config }).findings.filter((f) => f.scanner === 'secrets' && !f.suppressed).map((f) => f.ruleId);

const CUSTOM = `
[extend]
useDefault = true

[[rules]]
id = "acme-token"
description = "ACME deploy token"
regex = '''(?i)\\bacme_(?:live|test)_([[:alnum:]]{24})\\b'''
keywords = ["acme_"]
entropy = 3.0
`;

describe('.gitleaks.toml rules', () => {
  test('custom rules are Go patterns: (?i), POSIX classes, secretGroup, keywords, entropy', () => {
    const config = withGitleaks(CUSTOM);
    const secret = randomChars(24);
    const findings = engine.scanSource(Engine.source('a.env', `X=ACME_LIVE_${secret}\n`), { config }).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['acme-token']);
    assert.equal(findings[0].range.start.character, 'X=ACME_LIVE_'.length, 'the finding is on the secret group');
    assert.match(findings[0].message, /^ACME deploy token: /);
    assert.ok(!findings[0].message.includes(secret));
    assert.deepEqual(ids(config, 'a.env', `X=acme_live_${'ab'.repeat(12)}\n`), [], 'below the entropy threshold');
    assert.deepEqual(ids(config, 'a.env', `X=nothing_live_${secret}\n`), [], 'keyword absent');
  });

  test('useDefault keeps the built-in rules; without [extend] the file replaces them; disabledRules removes one', () => {
    const token = `T = "${fakeGithubToken()}"\n`;
    assert.deepEqual(ids(withGitleaks(CUSTOM), 'a.py', token), ['github-pat']);
    assert.deepEqual(ids(withGitleaks(CUSTOM.replace('[extend]\nuseDefault = true\n', '')), 'a.py', token), []);
    assert.deepEqual(ids(withGitleaks(`${CUSTOM.replace('useDefault = true', 'useDefault = true\ndisabledRules = ["github-pat"]')}`), 'a.py', token), []);
  });

  test('a rule with the id of a built-in one replaces it', () => {
    const config = withGitleaks(`[extend]\nuseDefault = true\n[[rules]]\nid = "github-pat"\nregex = '''ghp_[0-9]{36}'''\nkeywords = ["ghp_"]\n`);
    assert.deepEqual(ids(config, 'a.py', `T = "${fakeGithubToken()}"\n`), []);
    assert.deepEqual(ids(config, 'a.py', `T = "ghp_${'1234567890'.repeat(3)}123456"\n`), ['github-pat']);
  });

  test('global and per-rule allowlists: regexTarget, stopwords, paths, condition', () => {
    const secret = randomChars(24);
    const line = `X=acme_live_${secret} # rotated\n`;
    const allow = (extra: string) => ids(withGitleaks(`${CUSTOM}${extra}`), 'src/a.env', line);
    assert.deepEqual(allow(''), ['acme-token']);
    assert.deepEqual(allow(`[allowlist]\nregexTarget = "line"\nregexes = ['''# rotated$''']\n`), []);
    assert.deepEqual(allow(`[allowlist]\nregexes = ['''# rotated$''']\n`), ['acme-token'], 'the default target is the secret, not the line');
    assert.deepEqual(allow(`[allowlist]\nregexTarget = "match"\nregexes = ['''^acme_live_''']\n`), []);
    assert.deepEqual(allow(`[[rules.allowlists]]\nstopwords = ["${secret.slice(3, 9).toLowerCase()}"]\n`), []);
    assert.deepEqual(allow(`[[allowlists]]\npaths = ['''^src/''']\n`), [], 'a path allowlist skips the file');
    assert.deepEqual(allow(`[[rules.allowlists]]\ncondition = "AND"\npaths = ['''^src/''']\nstopwords = ["nomatch"]\n`), ['acme-token'], 'AND needs every criterion');
    assert.deepEqual(allow(`[[rules.allowlists]]\ncondition = "AND"\npaths = ['''^src/''']\nregexTarget = "line"\nregexes = ['''rotated''']\n`), []);
  });

  test('a path-only rule reports the file itself', () => {
    const config = withGitleaks(`[extend]\nuseDefault = true\n[[rules]]\nid = "pkcs12-file"\npath = '''\\.p12$'''\n`);
    assert.deepEqual(ids(config, 'certs/client.p12', 'binary-ish text\n'), ['pkcs12-file']);
    assert.deepEqual(ids(config, 'certs/client.pem', 'text\n'), []);
  });

  test('a catastrophic pattern from the repository finishes (RE2 runs in linear time)', { timeout: 20_000 }, () => {
    const config = withGitleaks(`[[rules]]\nid = "evil"\nregex = '''(a+)+$'''\n`);
    assert.deepEqual(ids(config, 'a.txt', `${'a'.repeat(200_000)}!\n`), []);
  });
});

describe('.gitleaksignore and errors', () => {
  test('a fingerprint (file:rule:line, with or without a commit) suppresses exactly that finding', () => {
    const text = `A = "${fakeGithubToken()}"\nB = "${fakeGithubToken()}"\n`;
    const config = withGitleaks('[extend]\nuseDefault = true\n', '# accepted\nsrc/app.py:github-pat:2\n');
    const findings = engine.scanSource(Engine.source('src/app.py', text), { config }).findings;
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.suppressed?.by]), [[0, undefined], [1, '.gitleaksignore']]);
    assert.ok(parseGitleaksIgnore('0123abcd:src/a.py:generic-api-key:3\n').has('src/a.py:generic-api-key:3'));
  });

  test('malformed TOML, a pattern Go rejects, a rule without id: clear errors with a position', () => {
    const cases: Array<[string, RegExp, number]> = [
      ['title = "ok"\nx = "unterminated\n', /TOML syntax error/, 2],
      ['[[rules]]\nid = "lookbehind"\nregex = \'\'\'(?<=key)[a-z]{8}\'\'\'\n', /rule `lookbehind` regex is not a valid Go regular expression/, 3],
      ['[[rules]]\ndescription = "no id"\nregex = "x"\n', /needs an `id`/, 1],
      ['[allowlist]\nregexTarget = "file"\n', /regexTarget/, 2],
    ];
    for (const [toml, message, line] of cases) {
      assert.throws(() => parseGitleaksConfig(toml, '.gitleaks.toml'), (error: unknown) => {
        assert.ok(error instanceof ConfigError, String(error));
        assert.match(error.message, message);
        assert.equal(error.line, line, toml);
        return true;
      });
    }
  });

  test('a broken .gitleaks.toml puts the secrets gate in error, not the others', async () => {
    const workspace = makeWorkspace({ '.gitleaks.toml': '[[rules]]\nid = "x"\nregex = \'\'\'(\'\'\'\n', 'a.py': 'print(1)\n' });
    try {
      const config = await loadConfig(workspace.root);
      const scan = await scanWorkspace(engine, workspace.root, { config });
      assert.deepEqual(scan.verdicts.map((v) => [v.gate, v.status]), [['secrets', 'error'], ['sast', 'pass'], ['iac', 'pass'], ['deps', 'pass']]);
      assert.match(scan.verdicts[0].reason, /\.gitleaks\.toml:3/);
    } finally {
      workspace.dispose();
    }
  });
});

describe('[extend] path', () => {
  test('merges another file: its rules and allowlists first, same-id rules replaced; a missing file is an error', async () => {
    const Q = "'''";
    const workspace = makeWorkspace({
      'config/base.toml': `[extend]\nuseDefault = true\n[[rules]]\nid = "acme-token"\nregex = ${Q}acme_([a-z0-9]{24})${Q}\n[allowlist]\nregexTarget = "line"\nregexes = [${Q}# fixture$${Q}]\n`,
      '.gitleaks.toml': `[extend]\npath = "config/base.toml"\n[[rules]]\nid = "beta-token"\nregex = ${Q}beta_([a-z0-9]{24})${Q}\n`,
      'a.env': `A=acme_${'k7m'.repeat(8)}\nB=beta_${'q3x'.repeat(8)}\nC=acme_${'z9p'.repeat(8)} # fixture\nD="${fakeGithubToken()}"\n`,
    });
    try {
      const config = await loadConfig(workspace.root);
      const scan = await scanWorkspace(engine, workspace.root, { config });
      assert.deepEqual(scan.findings.map((f) => [f.ruleId, f.range.start.line]).sort(), [['acme-token', 0], ['beta-token', 1], ['github-pat', 3]]);
      writeFileSync(workspace.path('.gitleaks.toml'), '[extend]\npath = "missing.toml"\n');
      const broken = await loadConfig(workspace.root);
      assert.match(broken.problems[0].error.message, /missing\.toml, which cannot be read/);
    } finally {
      workspace.dispose();
    }
  });
});
