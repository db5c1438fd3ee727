/** `preflight init [PATH] [--from-ci] [--force]`: writes a preflight.yml. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAMES, defaultConfig } from '../../engine/config/preflight';
import { loadConfig } from '../../engine/workspace';
import { renderConfigFile } from '../../reporters/explain';
import { EXIT, UsageError, type Command } from '../command';
import { workspaceRoot } from '../paths';

export const init: Command = {
  name: 'init',
  summary: 'write a preflight.yml (the defaults, or the gates discovered from CI)',
  usage: `Usage: preflight init [PATH] [options]

Writes PATH/preflight.yml. With --from-ci, its gates are the ones discovered from the pipeline's
definition (buildspec.yml, .github/workflows/*.yml, .gitlab-ci.yml), each commented with the
file and line it came from; without it, Preflight's default gates.

Options:
  --from-ci                  derive the gates from the pipeline definition
  --force                    replace an existing preflight.yml
  -h, --help                 show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'from-ci': { type: 'boolean' }, force: { type: 'boolean' } } });
    const root = await workspaceRoot(positionals);
    const existing = CONFIG_FILE_NAMES.map((name) => join(root, name)).find((path) => existsSync(path));
    if (existing && !values.force) throw new UsageError(`${existing} already exists; pass --force to replace it`);
    let config = defaultConfig();
    if (values['from-ci']) {
      // Discovery only happens without a preflight.yml; an existing one being replaced is ignored here.
      config = await loadConfig(root, { ignoreConfigFile: true });
      if (!config.discovery) throw new UsageError('no pipeline definition found (buildspec.yml, .github/workflows/*.yml, .gitlab-ci.yml); run `preflight init` without --from-ci for the defaults');
    }
    const target = existing ?? join(root, CONFIG_FILE_NAMES[0]);
    writeFileSync(target, renderConfigFile(config));
    io.stdout.write(`wrote ${target}\n`);
    for (const problem of config.discovery?.problems ?? []) io.stderr.write(`warning: ${problem.message} — its gates are not included\n`);
    return EXIT.pass;
  },
};
