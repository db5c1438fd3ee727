/**
 * `preflight hook install|uninstall [PATH] [--force]`: a git pre-commit hook that runs the
 * source-stage gates on the staged content and blocks the commit when a hard gate fails.
 * An existing hook is never replaced without --force; it is kept aside and put back on uninstall.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Command } from '../command';
import { hooksFolder, repositoryRoot } from '../git';
import { workspaceRoot } from '../paths';

const MARKER = '# preflight-hook v1';
const BACKUP = 'pre-commit.preflight-backup';

export const PRE_COMMIT_FRAMEWORK_ENTRY = `# .pre-commit-config.yaml (https://pre-commit.com), if you use the pre-commit framework instead:
repos:
  - repo: local
    hooks:
      - id: preflight
        name: Preflight source-stage gates
        entry: preflight gates --staged --stage source
        language: system
        pass_filenames: false
`;

/** A POSIX shell word: single-quoted, with embedded quotes escaped (paths may hold spaces). */
function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The hook: the CLI that installed it (same version), else `preflight` on PATH. */
function hookScript(): string {
  const node = process.execPath.split('\\').join('/');
  const cli = (process.argv[1] ?? '').split('\\').join('/');
  return `#!/bin/sh
${MARKER}
# Installed by \`preflight hook install\`: runs Preflight's source-stage gates on what is staged
# (the index, not the working tree) and blocks the commit when a hard gate fails.
# Skip once: git commit --no-verify. Remove: preflight hook uninstall.
if [ -f ${shellWord(cli)} ] && [ -x ${shellWord(node)} ]; then
  exec ${shellWord(node)} ${shellWord(cli)} gates --staged --stage source
fi
if command -v preflight >/dev/null 2>&1; then
  exec preflight gates --staged --stage source
fi
echo "preflight: not found (it was at ${cli.replace(/["`$\\]/g, '')}); reinstall it, or skip this check once with git commit --no-verify" >&2
exit 2
`;
}

export const hook: Command = {
  name: 'hook',
  summary: 'install or remove the git pre-commit hook',
  usage: `Usage: preflight hook install|uninstall [PATH] [options]

install    writes the git pre-commit hook of the repository at PATH (default: the current folder):
           before each commit it runs \`preflight gates --staged --stage source\` on the staged
           content and blocks the commit when a hard gate fails (git commit --no-verify skips it).
           Also prints the equivalent entry for the pre-commit framework.
uninstall  removes that hook and puts back the one it replaced, if any.

Options:
  --force                    replace an existing pre-commit hook (it is kept and restored by uninstall)
  -h, --help                 show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' } } });
    const [action, ...rest] = positionals;
    if (action !== 'install' && action !== 'uninstall') throw new UsageError(`expected 'install' or 'uninstall', got '${action ?? ''}'`);
    const root = await workspaceRoot(rest);
    const folder = hooksFolder(repositoryRoot(root));
    const path = join(folder, 'pre-commit');
    const backup = join(folder, BACKUP);
    const ours = existsSync(path) && readFileSync(path, 'utf8').includes(MARKER);
    if (action === 'install') {
      if (existsSync(path) && !ours) {
        if (!values.force) throw new UsageError(`${path} already exists and is not Preflight's; pass --force to replace it (it is kept as ${BACKUP} and restored by \`preflight hook uninstall\`), or add Preflight to it by hand`);
        if (existsSync(backup)) throw new UsageError(`${backup} already exists; restore or remove it first so no hook is lost`);
        renameSync(path, backup);
        io.stdout.write(`kept the previous hook as ${backup}\n`);
      }
      mkdirSync(folder, { recursive: true });
      writeFileSync(path, hookScript());
      chmodSync(path, 0o755);
      io.stdout.write(`installed ${path}\n\n${PRE_COMMIT_FRAMEWORK_ENTRY}`);
      return EXIT.pass;
    }
    if (!existsSync(path) || !ours) {
      io.stdout.write(existsSync(path) ? `${path} is not Preflight's hook; left as it is\n` : `no pre-commit hook installed in ${folder}\n`);
      return EXIT.pass;
    }
    rmSync(path);
    if (existsSync(backup)) {
      renameSync(backup, path);
      io.stdout.write(`removed Preflight's hook and restored the previous one\n`);
    } else {
      io.stdout.write(`removed ${path}\n`);
    }
    return EXIT.pass;
  },
};
