/**
 * `.checkov.yaml`: parsing with positions, Checkov's documented selection and hard/soft-fail
 * semantics, and what they do to built-in findings and the iac gate (engine and workspace level).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { frameworkEnabled, parseCheckovConfig, pathSkipped, selectCheck, softFailReason } from '../../server/src/engine/config/checkov';
import { ConfigError, defaultConfig, type PreflightConfig } from '../../server/src/engine/config/preflight';
import { Engine } from '../../server/src/engine/engine';
import { evaluateGates, findingImpact } from '../../server/src/engine/gates/evaluate';
import type { Finding } from '../../server/src/engine/types';
import { loadConfig, scanWorkspace } from '../../server/src/engine/workspace';
import { renderSarif } from '../../server/src/reporters/sarif';
import { sanitiseSettings } from '../../server/src/shared/settings';
import { makeWorkspace } from '../support/workspace';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

/** Three built-in findings: CKV_AWS_7 (medium, line 1), CKV_AWS_20 (high, line 7), CKV_AWS_23 (low, line 12). */
const TF = `resource "aws_kms_key" "data" {
  description = "data"
}

resource "aws_s3_bucket" "site" {
  bucket = "site"
  acl    = "public-read"

  versioning {
    enabled    = true
    mfa_delete = true
  }

  # Logged and KMS-encrypted, so only the three checks these tests are about fail.
  logging {
    target_bucket = "access-logs"
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}

resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`;
const CFN = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  DataKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n`;

function withCheckov(yaml: string): PreflightConfig {
  return { ...defaultConfig(), checkov: parseCheckovConfig(yaml, '.checkov.yaml'), digest: yaml };
}

function scan(yaml: string | undefined, path = 'infra/main.tf', text = TF): Finding[] {
  const config = yaml === undefined ? defaultConfig() : withCheckov(yaml);
  return engine.scanSource(Engine.source(path, text), { config }).findings;
}

const byRule = (findings: Finding[]) => Object.fromEntries(findings.map((finding) => [finding.ruleId, finding]));

function configError(yaml: string): ConfigError {
  try {
    parseCheckovConfig(yaml, '.checkov.yaml');
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail(`expected a ConfigError for:\n${yaml}`);
}

describe('.checkov.yaml parsing', () => {
  test('lists or comma-separated strings, ids, wildcards and severities; unrelated Checkov options are accepted', () => {
    const config = parseCheckovConfig(
      '\uFEFFcompact: true\r\nquiet: true\r\nskip-check:\r\n  - CKV_AWS_20\r\n  - "CKV2_*, low"\r\nsoft_fail_on: CKV_AWS_7,MEDIUM\r\nframework: [terraform]\r\nskip-path: [vendor/]\r\nsoft-fail: "true"\r\n',
      '.checkov.yaml',
    );
    assert.deepEqual(config.skipCheck.map((s) => (s.kind === 'id' ? s.pattern : s.severity)), ['CKV_AWS_20', 'CKV2_*', 'low']);
    assert.deepEqual(config.softFailOn.map((s) => (s.kind === 'id' ? s.pattern : s.severity)), ['CKV_AWS_7', 'medium']);
    assert.deepEqual(config.frameworks, ['terraform']);
    assert.equal(config.softFail, true);
    assert.equal(config.skipPaths.length, 1);
  });

  test('`framework: all` means every framework; `skip-framework` removes one', () => {
    const all = parseCheckovConfig('framework: [all, terraform]\nskip-framework: cloudformation\n', '.checkov.yaml');
    assert.equal(frameworkEnabled(all, 'terraform'), true);
    assert.equal(frameworkEnabled(all, 'kubernetes'), true);
    assert.equal(frameworkEnabled(all, 'cloudformation'), false);
  });

  test('errors name the line and column and say what is expected', () => {
    const cases: Array<[string, number, number, RegExp]> = [
      ['check: [CKV_AWS_1\n', 2, 1, /YAML syntax error/],
      ['framework:\n  - terraform\n  - terrafrom\n', 3, 5, /unknown framework `terrafrom`/],
      ['skip-check:\n  - CKV_AWS_1\n  - "not an id"\n', 3, 5, /neither a check id .* nor a severity/],
      ['soft-fail: maybe\n', 1, 12, /`soft-fail` must be true or false/],
      ['skip-path:\n  - "(?<=x)y"\n', 2, 5, /`skip-path`: .* linear time/],
      ['check:\n  nested: map\n', 2, 3, /must be a string or a list of strings/],
      ['- a\n- b\n', 1, 1, /expected a mapping/],
    ];
    for (const [yaml, line, column, message] of cases) {
      const error = configError(yaml);
      assert.match(error.message, message, yaml);
      assert.deepEqual([error.line, error.column], [line, column], `${yaml} → ${error.message}`);
      assert.equal(error.file, '.checkov.yaml');
    }
  });
});

describe('Checkov semantics', () => {
  const config = (yaml: string) => parseCheckovConfig(yaml, '.checkov.yaml');

  test('check is an allowlist (a severity includes that severity and above); skip-check wins ties and explicit ids beat severities', () => {
    const allow = config('check: [CKV_AWS_7, HIGH]\n');
    assert.equal(selectCheck(allow, 'CKV_AWS_7', 'low').run, true);
    assert.equal(selectCheck(allow, 'CKV_AWS_20', 'high').run, true);
    assert.equal(selectCheck(allow, 'CKV_AWS_23', 'medium').run, false);
    const mixed = config('check: [CKV_AWS_23, MEDIUM]\nskip-check: [CKV_AWS_20, HIGH]\n');
    assert.deepEqual(selectCheck(mixed, 'CKV_AWS_20', 'critical'), { run: true, skipped: { by: '.checkov.yaml skip-check', external: true, reason: 'CKV_AWS_20 is listed' } });
    assert.equal(selectCheck(mixed, 'CKV_AWS_23', 'high').run && !('skipped' in selectCheck(mixed, 'CKV_AWS_23', 'high')), true, 'an explicit id in check beats a skipped severity');
    assert.match(String((selectCheck(mixed, 'CKV_AWS_8', 'medium') as { skipped?: { reason?: string } }).skipped?.reason), /MEDIUM is at or below HIGH/, 'a tie between severities skips');
    const wildcard = config('skip-check: CKV_AWS_2?\n');
    assert.match(String((selectCheck(wildcard, 'CKV_AWS_20', 'high') as { skipped?: { reason?: string } }).skipped?.reason), /matches CKV_AWS_2\?/);
    assert.equal('skipped' in selectCheck(wildcard, 'CKV_AWS_3', 'high'), false);
  });

  test('hard and soft fail follow Checkov’s order: hard id, soft id, hard severity, soft severity, then soft-fail / defaults', () => {
    const both = config('soft-fail-on: [CKV_AWS_20, MEDIUM]\nhard-fail-on: [CKV_AWS_8, HIGH]\n');
    assert.equal(softFailReason(both, 'CKV_AWS_8', 'low'), undefined, 'hard id');
    assert.equal(softFailReason(both, 'CKV_AWS_20', 'critical'), '.checkov.yaml soft-fail-on CKV_AWS_20', 'soft id beats hard severity');
    assert.equal(softFailReason(both, 'CKV_AWS_7', 'high'), undefined, 'hard severity');
    assert.equal(softFailReason(both, 'CKV_AWS_7', 'medium'), '.checkov.yaml soft-fail-on MEDIUM', 'soft severity');
    const tie = config('soft-fail-on: HIGH\nhard-fail-on: HIGH\n');
    assert.equal(softFailReason(tie, 'CKV_AWS_7', 'high'), undefined, 'hard-fail-on wins a tie');
    const hardOnly = config('hard-fail-on: HIGH\n');
    assert.equal(softFailReason(hardOnly, 'CKV_AWS_7', 'medium'), 'not in .checkov.yaml hard-fail-on', 'only hard criteria: the rest soft-fail');
    const softOnly = config('soft-fail-on: LOW\n');
    assert.equal(softFailReason(softOnly, 'CKV_AWS_7', 'medium'), undefined, 'only soft criteria: the rest hard-fail');
    const softAll = config('soft-fail: true\nhard-fail-on: CKV_AWS_20\n');
    assert.equal(softFailReason(softAll, 'CKV_AWS_7', 'critical'), '.checkov.yaml soft-fail');
    assert.equal(softFailReason(softAll, 'CKV_AWS_20', 'low'), undefined);
  });

  test('skip-path is a regular expression searched in ./dir, ./dir/sub and ./dir/sub/file', () => {
    const skip = config('skip-path: ["^\\\\./vendor$", "test_.*\\\\.tf"]\n');
    assert.equal(pathSkipped(skip, 'vendor/mod/main.tf'), true);
    assert.equal(pathSkipped(skip, 'src/vendor/main.tf'), false);
    assert.equal(pathSkipped(skip, 'infra/test_rds.tf'), true);
    assert.equal(pathSkipped(skip, 'infra/main.tf'), false);
  });
});

describe('.checkov.yaml applied to built-in findings', () => {
  test('checkov:skip and skip-check: findings stay, suppressed with who skipped them and why', () => {
    const skippedInline = TF.replace('  description = "data"', '  # checkov:skip=CKV_AWS_7:rotation handled by the key service\n  description = "data"');
    const inline = byRule(scan(undefined, 'infra/main.tf', skippedInline));
    assert.deepEqual(inline.CKV_AWS_7.suppressed, { by: 'checkov:skip', reason: 'rotation handled by the key service' });
    const findings = byRule(scan('skip-check: [CKV_AWS_2*]\n'));
    assert.deepEqual(findings.CKV_AWS_20.suppressed, { by: '.checkov.yaml skip-check', external: true, reason: 'CKV_AWS_20 matches CKV_AWS_2*' });
    assert.deepEqual(findings.CKV_AWS_23.suppressed?.by, '.checkov.yaml skip-check');
    assert.equal(findings.CKV_AWS_7.suppressed, undefined);
  });

  test('check, framework and skip-path: excluded checks do not run', () => {
    assert.deepEqual(Object.keys(byRule(scan('check: [CKV_AWS_7, CKV_AWS_23]\n'))).sort(), ['CKV_AWS_23', 'CKV_AWS_7']);
    assert.deepEqual(scan('framework: cloudformation\n'), []);
    assert.deepEqual(Object.keys(byRule(scan('framework: cloudformation\n', 'infra/template.yaml', CFN))), ['CKV_AWS_7']);
    assert.deepEqual(scan('skip-framework: [cloudformation]\n', 'infra/template.yaml', CFN), []);
    assert.deepEqual(scan('skip-path: [infra]\n'), []);
    assert.equal(scan('skip-path: [modules]\n').length, 3);
  });

  test('soft-failed findings are reported but do not fail the iac gate; hard-fail-on wins; the gate’s fail-on still applies', () => {
    const gates = defaultConfig().gates;
    const iac = gates.find((gate) => gate.name === 'iac')!;
    const verdict = (findings: Finding[], failOn = iac.failOn) => evaluateGates([{ ...iac, failOn }], findings, [])[0];

    const soft = scan('soft-fail-on: [CKV_AWS_20, MEDIUM, LOW]\n');
    assert.deepEqual(soft.map((f) => Boolean(f.softFail)), [true, true, true]);
    assert.equal(findingImpact(soft[0], iac), 'reported');
    const passing = verdict(soft);
    assert.equal(passing.status, 'pass');
    assert.match(passing.reason, /3 soft-failed finding\(s\)/);
    assert.equal(passing.counts.high, 1, 'soft-failed findings are still counted');

    const hardWins = scan('soft-fail: true\nhard-fail-on: [CKV_AWS_20]\n');
    assert.equal(verdict(hardWins).status, 'fail');
    assert.equal(verdict(hardWins).reason, '1 HIGH at or above low');
    assert.equal(verdict(hardWins, 'critical').status, 'pass', 'a hard-failed HIGH finding under fail-on: critical does not fail the gate');
    assert.equal(verdict(scan(undefined)).status, 'fail');
  });

  test('workspace: a malformed .checkov.yaml is marked where it is wrong and puts only the iac gate in error', async () => {
    const workspace = makeWorkspace({ 'main.tf': TF, '.checkov.yaml': 'skip-check:\n  - CKV_AWS_20\nsoft-fail: perhaps\n', 'app.py': 'print(1)\n' });
    try {
      const config = await loadConfig(workspace.root);
      assert.equal(config.problems.length, 1);
      assert.deepEqual([config.problems[0].scanner, config.problems[0].error.line, config.problems[0].error.column], ['iac', 3, 12]);
      const result = await scanWorkspace(engine, workspace.root, { config });
      const iac = result.verdicts.find((v) => v.gate === 'iac')!;
      assert.equal(iac.status, 'error');
      assert.match(iac.reason, /\.checkov\.yaml:3:12: `soft-fail` must be true or false/);
      assert.equal(result.verdicts.find((v) => v.gate === 'sast')!.status, 'pass');
    } finally {
      workspace.dispose();
    }
  });

  test('workspace: .checkov.yml, checkov-config in preflight.yml, and a missing checkov-config file', async () => {
    const yml = makeWorkspace({ 'main.tf': TF, '.checkov.yml': 'skip-check: [CKV_AWS_7, CKV_AWS_20, CKV_AWS_23]\n' });
    const named = makeWorkspace({ 'main.tf': TF, 'ci/checkov.yaml': 'soft-fail: true\n', 'preflight.yml': 'checkov-config: ci/checkov.yaml\n' });
    const missing = makeWorkspace({ 'main.tf': TF, 'preflight.yml': 'checkov-config: ci/nope.yaml\n' });
    try {
      const skipped = await scanWorkspace(engine, yml.root, { config: await loadConfig(yml.root) });
      const iac = skipped.verdicts.find((v) => v.gate === 'iac')!;
      assert.deepEqual([iac.status, iac.suppressed], ['pass', 3]);
      assert.ok(skipped.findings.every((f) => f.suppressed?.by === '.checkov.yml skip-check'));
      const sarif = JSON.parse(renderSarif({ root: yml.root, gates: skipped.config.gates, ...skipped, rules: engine.rules, toolVersion: '0' }));
      assert.deepEqual(sarif.runs[0].results[0].suppressions, [{ kind: 'external', justification: '.checkov.yml skip-check: CKV_AWS_7 is listed' }]);

      const soft = await scanWorkspace(engine, named.root, { config: await loadConfig(named.root) });
      assert.equal(soft.verdicts.find((v) => v.gate === 'iac')!.status, 'pass');
      assert.ok(soft.findings.every((f) => f.softFail === 'ci/checkov.yaml soft-fail'));

      const broken = await scanWorkspace(engine, missing.root, { config: await loadConfig(missing.root) });
      assert.match(broken.verdicts.find((v) => v.gate === 'iac')!.reason, /checkov-config names ci\/nope\.yaml, which does not exist/);
    } finally {
      yml.dispose();
      named.dispose();
      missing.dispose();
    }
  });

  test('external-checks-dir is never run by Preflight: the scan says why', async () => {
    const workspace = makeWorkspace({ 'main.tf': TF, '.checkov.yaml': 'external-checks-dir: [policies]\nexternal-checks-git: [git@example.com:org/checks.git//rules]\n' });
    try {
      const config = await loadConfig(workspace.root);
      const untrusted = await scanWorkspace(engine, workspace.root, { config });
      const notice = untrusted.notices.find((n) => /external checks/.test(n.message));
      assert.equal(notice?.level, 'warning');
      assert.match(notice!.message, /\(policies, git@example\.com:org\/checks\.git\/\/rules\) did not run: Preflight never runs repository code, and external tools are off/);
      const noCheckov = await scanWorkspace(engine, workspace.root, { config, external: { checkovMissing: 'was not run: the workspace is not trusted' } });
      assert.ok(noCheckov.notices.some((n) => /did not run: .* Checkov was not run: the workspace is not trusted/.test(n.message)), JSON.stringify(noCheckov.notices));
      assert.equal(untrusted.verdicts.find((v) => v.gate === 'iac')!.status, 'fail', 'the refusal is a notice, not a gate error');
    } finally {
      workspace.dispose();
    }
  });
});

test('preflight.checkov settings are sanitised before they reach a process', () => {
  assert.deepEqual(sanitiseSettings({ checkov: { enable: false, path: '/opt/checkov/bin/checkov' } }).checkov, { enable: false, path: '/opt/checkov/bin/checkov' });
  assert.deepEqual(sanitiseSettings({ checkov: { enable: 'no', path: 'bin/checkov' } }).checkov, { enable: true, path: undefined }, 'relative paths and non-booleans are refused');
  assert.equal(sanitiseSettings({ checkov: { path: '/usr/bin/checkov\n--external-checks-dir=x' } }).checkov.path, undefined);
  assert.deepEqual(sanitiseSettings(undefined).checkov, { enable: true, path: undefined });
});
