import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'nuget-config-password',
  scanner: 'secrets',
  title: 'Password in NuGet.config',
  severity: 'high',
  cwe: [798],
  description:
    'A NuGet.config with a Password or ClearTextPassword under packageSourceCredentials stores a package feed credential in the repository. Rotate it and use an environment variable (%FEED_PASSWORD%) or a credential provider instead.',
  keywords: ['<add key='],
  // <add key="Password" value="…" /> or <add key="ClearTextPassword" value="…" />, a value of 8 or more characters.
  regex: /<add key="(?:(?:ClearText)?Password)"\s*value="(.{8,})"\s*\/>/i,
  entropy: 1,
  allowlist: {
    regexes: [
      // The example passwords of the NuGet documentation.
      /33f!!lloppa/,
      /hal\+9ooo_da!sY/,
      // An environment variable reference (%FEED_PASSWORD%), which NuGet expands.
      /^%\S.*%$/,
    ],
  },
  // Like gitleaks, the rule is meant for these files only. The scanner does not read this
  // field yet (see README, "Differences from gitleaks").
  path: /nuget\.config$/i,
  envName: 'NUGET_FEED_PASSWORD',
};

export default rule;
