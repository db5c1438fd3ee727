/**
 * The git pre-commit hook in a real temporary repository: it checks what is staged (the index),
 * not the working tree; it blocks a commit when a hard gate fails; --no-verify skips it; it never
 * overwrites another hook without --force, and uninstall puts that hook back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const UNSAFE = 'import yaml\n\ndef load(text):\n    return yaml.load(text)\n';
const SAFE = 'import yaml\n\ndef load(text):\n    return yaml.safe_load(text)\n';

function sh(cwd: string, program: string, args: string[]) {
  const result = spawnSync(program, args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('preflight hook', { skip: hasGit ? false : 'git is not installed on this machine' }, () => {
  test('blocks a commit whose staged content fails a hard gate, whatever the working tree holds', () => {
    const repo = mkdtempSync(join(tmpdir(), 'preflight hook repo '));
    try {
      sh(repo, 'git', ['init', '-q', '-b', 'main']);
      writeFileSync(join(repo, 'README.md'), '# demo\n');
      sh(repo, 'git', ['add', '.']);
      assert.equal(sh(repo, 'git', ['commit', '-q', '-m', 'start']).code, 0);

      const install = sh(repo, process.execPath, [CLI, 'hook', 'install', repo]);
      assert.equal(install.code, 0, install.out);
      assert.match(install.out, /repo: local[\s\S]*entry: preflight gates --staged --stage source/, 'prints the pre-commit framework entry');

      // Unsafe in the index, fixed only in the working tree: blocked.
      writeFileSync(join(repo, 'app.py'), UNSAFE);
      sh(repo, 'git', ['add', 'app.py']);
      writeFileSync(join(repo, 'app.py'), SAFE);
      const blocked = sh(repo, 'git', ['commit', '-m', 'add loader']);
      assert.notEqual(blocked.code, 0, blocked.out);
      assert.match(blocked.out, /source\s+sast\s+hard\s+medium\s+FAIL/);
      assert.match(blocked.out, /app\.py:4:\d+\s+py-unsafe-yaml-load/);

      // Safe in the index, unsafe (unstaged) in the working tree: allowed.
      sh(repo, 'git', ['add', 'app.py']);
      writeFileSync(join(repo, 'app.py'), UNSAFE);
      const allowed = sh(repo, 'git', ['commit', '-m', 'add loader']);
      assert.equal(allowed.code, 0, allowed.out);

      // --no-verify remains the user's escape.
      sh(repo, 'git', ['add', 'app.py']);
      assert.notEqual(sh(repo, 'git', ['commit', '-m', 'unsafe']).code, 0);
      assert.equal(sh(repo, 'git', ['commit', '--no-verify', '-q', '-m', 'unsafe, on purpose']).code, 0);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test('never overwrites another hook without --force; uninstall restores it', () => {
    const repo = mkdtempSync(join(tmpdir(), 'preflight hook keep '));
    try {
      sh(repo, 'git', ['init', '-q']);
      const hookPath = join(repo, '.git', 'hooks', 'pre-commit');
      const previous = '#!/bin/sh\necho "the team\'s own hook"\n';
      writeFileSync(hookPath, previous, { mode: 0o755 });
      const refused = sh(repo, process.execPath, [CLI, 'hook', 'install', repo]);
      assert.equal(refused.code, 2);
      assert.match(refused.out, /already exists and is not Preflight's; pass --force/);
      assert.equal(readFileSync(hookPath, 'utf8'), previous);
      assert.equal(sh(repo, process.execPath, [CLI, 'hook', 'install', repo, '--force']).code, 0);
      assert.match(readFileSync(hookPath, 'utf8'), /preflight-hook v1/);
      assert.equal(sh(repo, process.execPath, [CLI, 'hook', 'install', repo]).code, 0, 're-installing over our own hook is fine');
      const removed = sh(repo, process.execPath, [CLI, 'hook', 'uninstall', repo]);
      assert.match(removed.out, /restored the previous one/);
      assert.equal(readFileSync(hookPath, 'utf8'), previous);
      assert.equal(existsSync(join(repo, '.git', 'hooks', 'pre-commit.preflight-backup')), false);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test('gates --staged sees the committed neighbours of a staged file (a Terraform module\'s variables)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'preflight hook module '));
    try {
      sh(repo, 'git', ['init', '-q']);
      writeFileSync(join(repo, 'variables.tf'), 'variable "encrypted" {\n  default = false\n}\n');
      sh(repo, 'git', ['add', 'variables.tf']);
      sh(repo, 'git', ['commit', '-q', '-m', 'variables']);
      writeFileSync(join(repo, 'main.tf'), 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 10\n  encrypted         = var.encrypted\n}\n');
      sh(repo, 'git', ['add', 'main.tf']);
      const result = sh(repo, process.execPath, [CLI, 'gates', '--staged', '--gate', 'iac', '--builtin-only', '--format', 'json', repo]);
      const report = JSON.parse(result.out.slice(0, result.out.lastIndexOf('}') + 1));
      const ebs = report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'CKV_AWS_3');
      assert.deepEqual(ebs.map((finding: { file: string; startLine: number }) => `${finding.file}:${finding.startLine}`), ['main.tf:4'], 'var.encrypted resolved from the committed variables.tf');
      assert.ok(report.findings.every((finding: { file: string }) => finding.file === 'main.tf'), 'only the staged file is reported');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test('gates --staged with nothing staged passes and says so', () => {
    const repo = mkdtempSync(join(tmpdir(), 'preflight hook empty '));
    try {
      sh(repo, 'git', ['init', '-q']);
      writeFileSync(join(repo, 'app.py'), UNSAFE);
      const result = sh(repo, process.execPath, [CLI, 'gates', '--staged', repo]);
      assert.equal(result.code, 0);
      assert.match(result.out, /nothing is staged/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
