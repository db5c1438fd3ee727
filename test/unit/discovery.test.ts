import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ADVISORY, discoverGates, type Discovery } from '../../server/src/engine/config/discovery';
import { splitCommands } from '../../server/src/engine/config/discovery/shell';

const FIXTURES = join(__dirname, '..', 'fixtures', 'pipelines');

function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

function gate(discovery: Discovery, name: string) {
  const found = discovery.gates.find((candidate) => candidate.name === name);
  assert.ok(found, `gate ${name} discovered`);
  return found;
}

describe('shell command splitting', () => {
  it('joins continuations, splits on operators, keeps quotes and variables literal', () => {
    const commands = splitCommands('checkov -d . \\\n  --skip-check "CKV_AWS_1, CKV_AWS_2" && gitleaks dir $SRC | tee out; echo \'a && b\' # checkov -d x');
    assert.deepEqual(
      commands.map((command) => command.argv),
      [['checkov', '-d', '.', '--skip-check', 'CKV_AWS_1, CKV_AWS_2'], ['gitleaks', 'dir', '$SRC'], ['tee', 'out'], ['echo', 'a && b']],
    );
    assert.equal(commands[1].line, 0, 'a continued line starts where it began');
  });

  it('unwraps sudo, env assignments, npx and python -m; handles CRLF', () => {
    const commands = splitCommands('sudo -E checkov -f main.tf\r\nLOG=1 npx preflight gates\r\npython3 -m checkov.main -d .\r\n');
    assert.deepEqual(commands.map((command) => [command.argv[0], command.line]), [['checkov', 0], ['preflight', 1], ['checkov', 2]]);
  });

  it('survives an unbalanced quote without throwing', () => {
    const programs = splitCommands('echo "unterminated\ncheckov -d .').map((command) => command.argv[0]);
    assert.equal(programs.at(-1), 'checkov', 'the next line is still read');
  });
});

describe('gate discovery', () => {
  it('AWS CodeBuild: a checkov command spanning several lines, gitleaks with a config', () => {
    const discovery = discoverGates(readTree(join(FIXTURES, 'codebuild')));
    assert.deepEqual(discovery.sources, ['buildspec.yml']);
    const iac = gate(discovery, 'iac');
    assert.equal(iac.origin, 'buildspec.yml:18', 'the line the checkov command starts on');
    assert.equal(iac.mode, 'hard');
    assert.equal(iac.failOn, 'high', '--hard-fail-on HIGH');
    const checkov = discovery.steps.find((step) => step.tool === 'checkov')?.checkov;
    assert.deepEqual(checkov?.frameworks, ['terraform', 'cloudformation']);
    assert.deepEqual(checkov?.skipChecks, ['CKV_AWS_18', 'CKV_AWS_144']);
    assert.deepEqual(checkov?.directories, ['infra']);
    const secrets = gate(discovery, 'secrets');
    assert.deepEqual([secrets.origin, secrets.mode, secrets.failOn], ['buildspec.yml:23', 'hard', 'info']);
    assert.equal(discovery.steps.find((step) => step.tool === 'gitleaks')?.gitleaks?.configPath, '.ci/gitleaks.toml');
    const sast = gate(discovery, 'sast');
    assert.deepEqual([sast.mode, sast.origin], ['soft', ADVISORY], 'a gate the pipeline does not run never blocks');
  });

  it('GitHub Actions: the Checkov action with skip_check and soft_fail, the gitleaks action', () => {
    const discovery = discoverGates(readTree(join(FIXTURES, 'github')));
    assert.deepEqual(discovery.sources, ['.github/workflows/ci.yml', '.github/workflows/security.yml']);
    const iac = gate(discovery, 'iac');
    assert.deepEqual([iac.origin, iac.mode], ['.github/workflows/security.yml:14', 'soft']);
    const step = discovery.steps.find((candidate) => candidate.tool === 'checkov');
    assert.deepEqual(step?.checkov?.skipChecks, ['CKV_AWS_20', 'CKV_AWS_57']);
    assert.deepEqual(step?.checkov?.frameworks, ['terraform']);
    assert.match(step?.summary ?? '', /soft fail/);
    const secrets = gate(discovery, 'secrets');
    assert.deepEqual([secrets.origin, secrets.mode], ['.github/workflows/security.yml:27', 'hard']);
    assert.equal(discovery.steps.find((candidate) => candidate.tool === 'gitleaks')?.gitleaks?.configPath, '.github/gitleaks.toml');
    assert.equal(discovery.steps.length, 2, 'a commented-out command in a run block is not a step');
  });

  it('GitLab CI: templates, anchors with merge keys, extends, and preflight itself', () => {
    const discovery = discoverGates(readTree(join(FIXTURES, 'gitlab')));
    const tools = discovery.steps.map((step) => `${step.tool}@${step.origin.line}`);
    assert.deepEqual(tools.sort(), ['checkov@21', 'gitlab-template@4', 'preflight@15'].sort(), '`checkov --version` from the anchor is not a scan');
    const secrets = gate(discovery, 'secrets');
    assert.equal(secrets.mode, 'hard', 'the Secret Detection template alone would be soft; preflight gates makes it hard');
    assert.equal(secrets.origin, '.gitlab-ci.yml:4, .gitlab-ci.yml:15');
    assert.equal(gate(discovery, 'iac').failOn, 'low', 'strictest of checkov (soft below HIGH) and preflight (low)');
    assert.equal(gate(discovery, 'sast').failOn, 'medium', "preflight's own threshold");
    assert.equal(discovery.steps.find((step) => step.tool === 'checkov')?.failOn, 'high', '--soft-fail-on LOW,MEDIUM');
  });

  it('only the template: soft gate, because GitLab security jobs do not fail the pipeline', () => {
    const discovery = discoverGates(new Map([['.gitlab-ci.yml', 'include:\n  - template: Security/SAST.gitlab-ci.yml\n']]));
    assert.deepEqual([gate(discovery, 'sast').mode, gate(discovery, 'sast').origin], ['soft', '.gitlab-ci.yml:2']);
  });

  it('a malformed pipeline file is a problem with its position, the others still count', () => {
    const discovery = discoverGates(
      new Map([
        ['buildspec.yml', 'phases:\n  build:\n    commands:\n      - gitleaks dir .\n'],
        ['.gitlab-ci.yml', 'job:\n  script: [unclosed\n'],
      ]),
    );
    assert.equal(discovery.problems.length, 1);
    assert.equal(discovery.problems[0].file, '.gitlab-ci.yml');
    assert.ok(discovery.problems[0].line >= 2);
    assert.equal(gate(discovery, 'secrets').mode, 'hard');
  });

  it('reads BOM-prefixed CRLF files with the right lines', () => {
    const discovery = discoverGates(new Map([['buildspec.yml', '\uFEFFversion: 0.2\r\nphases:\r\n  build:\r\n    commands:\r\n      - checkov -f main.tf --soft-fail\r\n']]));
    assert.deepEqual([gate(discovery, 'iac').origin, gate(discovery, 'iac').mode], ['buildspec.yml:5', 'soft']);
  });
});
