import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

/** kind: Secret, quoted or not. */
const KIND_SECRET = String.raw`\bkind:[ \t]*["']?\bsecret\b["']?`;

/**
 * One entry under data: a key, an optional block scalar (| or >), then a base64 value of 10 or
 * more characters, a Helm/Go template, or an empty string. Templates and empty strings are part
 * of the pattern so that they end the search (the allowlist then drops the match), as in gitleaks.
 */
const ENTRY = String.raw`[\w.-]+:(?:[ \t]*(?:\||>[-+]?)\s+)?[ \t]*(?:["']?[a-z0-9+/]{10,}={0,3}["']?|\{\{[ \t\w"|$:=,.-]+\}\}|""|'')`;

/** Up to n characters, lazily, never crossing a YAML document separator (---). */
const within = (n: number) => String.raw`(?:(?!\n---\n)[\s\S]){0,${n}}?`;

const rule: SecretRule = {
  id: 'kubernetes-secret-yaml',
  scanner: 'secrets',
  title: 'Kubernetes Secret manifest with data',
  severity: 'high',
  cwe: [798],
  description:
    'A Kubernetes Secret manifest with values under data: holds credentials that are only base64-encoded, not encrypted. Keep Secret values out of the repository: use Sealed Secrets, SOPS, the External Secrets Operator or a Helm value injected at deploy time.',
  keywords: ['secret'],
  // Either kind: Secret, then data: and its first entry; or data: and its first entry with
  // kind: Secret after it. The whole match is the secret (no capture groups), so the finding
  // starts on the kind: or data: line, where gitleaks reports it.
  regex: new RegExp(
    `(?:${KIND_SECRET}${within(200)}\\bdata:[\\s\\S]{0,100}?\\s+${ENTRY}` +
      `|\\bdata:${within(100)}\\s+${ENTRY}(?=${within(200)}${KIND_SECRET}))`,
    'i',
  ),
  allowlist: {
    // The first entry is a template or an empty string: nothing is stored in the file.
    regexes: [/(?:\{\{[ \t\w"|$:=,.-]+\}\}|""|'')$/],
  },
  // Like gitleaks, the rule is meant for these files only. The scanner does not read this
  // field yet (see README, "Differences from gitleaks").
  path: /\.ya?ml$/i,
  envName: 'KUBERNETES_SECRET',
};

export default rule;
