import type { RuleMeta } from '../../types';

/**
 * A secret-detection rule. Ids are gitleaks' rule ids so that `.gitleaks.toml` and
 * `.gitleaksignore` entries mean the same thing to both tools.
 */
export interface SecretRule extends RuleMeta {
  scanner: 'secrets';
  /** Lower-case literals; the regex runs only when one occurs in the file. Empty: always run. */
  keywords: string[];
  /**
   * Must not be global or sticky; the scanner makes its own global copy. A rule without a regex
   * is a file-name rule: every file whose path matches `path` is a finding (e.g. `.p12` key stores).
   */
  regex?: RegExp;
  /** Which capture group is the secret; default 1 when the regex has groups, else the whole match. */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  /** Only files whose workspace-relative path matches (gitleaks' `path`, e.g. `nuget.config` files). */
  path?: RegExp;
  /** Values that look like a match but are not secrets. */
  allowlist?: {
    /** Tested against the secret. */
    regexes?: RegExp[];
    /** Tested against the whole match (the name and operator too), like gitleaks' `regexTarget = "match"`. */
    matchRegexes?: RegExp[];
    stopwords?: string[];
  };
  /**
   * A catch-all rule (generic assignments): its finding is dropped where a provider rule matched
   * overlapping text, so one secret gives one finding with the most precise rule id.
   */
  fallback?: boolean;
  /** The environment variable a fix moves the secret to, e.g. `GITHUB_TOKEN`. */
  envName: string;
}
