/** `preflight sbom [PATH] [--output FILE] [--include-dev]`: a CycloneDX 1.6 JSON SBOM from the lock files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../../package.json';
import { sbomSummary, timestampFromEnvironment, workspaceSbom } from '../../engine/sbom';
import { LOCKFILE_NAMES, LockfileError } from '../../engine/scanners/deps/lockfiles';
import { loadConfig } from '../../engine/workspace';
import { EXIT, UsageError, type Command } from '../command';
import { workspaceRoot } from '../paths';

export const sbom: Command = {
  name: 'sbom',
  summary: 'write a CycloneDX 1.6 SBOM of the packages the lock files pin',
  usage: `Usage: preflight sbom [PATH] [options]

Reads every lock file under PATH that preflight.yml does not exclude
(${LOCKFILE_NAMES.join(', ')})
and writes a CycloneDX 1.6 JSON SBOM: one component per package (purl, version, the lock file it
came from), the dependency graph where the lock file records it, and the project as the root
component (package.json, else pyproject.toml, else the folder name). A one-line summary goes to
standard error. Set SOURCE_DATE_EPOCH for a fixed timestamp (reproducible output).

Exit code 0 when the SBOM was written; 2 when there is no lock file or one cannot be read (the
SBOM is then not written: never a partial inventory).

Options:
  -o, --output FILE          write the SBOM to FILE, creating its folder (default: standard output)
  --include-dev              list development-only packages too, with scope "excluded"
                             (without it they are left out; npm optional ones get scope "optional")
  -h, --help                 show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, 'include-dev': { type: 'boolean' } } });
    if (values.output === '') throw new UsageError('--output needs a file name');
    const root = await workspaceRoot(positionals);
    let timestamp: Date | undefined;
    try {
      timestamp = timestampFromEnvironment();
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const config = await loadConfig(root);
    let result;
    try {
      result = await workspaceSbom(root, config, { toolVersion: version, includeDev: values['include-dev'] === true, timestamp });
    } catch (error) {
      if (!(error instanceof LockfileError)) throw error;
      io.stderr.write(`preflight sbom: not written, because ${error.message}\n`);
      return EXIT.error;
    }
    if (!result) {
      io.stderr.write(`preflight sbom: no lock file under ${root} (looked for ${LOCKFILE_NAMES.join(', ')}, outside excluded paths); run your package manager's install or lock command first\n`);
      return EXIT.error;
    }
    if (values.output) {
      try {
        mkdirSync(dirname(resolve(values.output)), { recursive: true });
        writeFileSync(resolve(values.output), result.text);
      } catch (error) {
        io.stderr.write(`preflight sbom: could not write ${resolve(values.output)}: ${(error as Error).message}\n`);
        return EXIT.error;
      }
    } else {
      io.stdout.write(result.text);
    }
    io.stderr.write(`preflight sbom: ${sbomSummary(result)}${values.output ? ` → ${resolve(values.output)}` : ''}\n`);
    return EXIT.pass;
  },
};
