/**
 * The shape most provider rules share: a secret assigned to a name that mentions the provider
 * (`ADAFRUIT_KEY = "…"`, `adobe.client_secret: …`, `--twilio-token=…`). Not a rule: this
 * folder has no rule.ts, so the rule index skips it.
 *
 * The pieces mirror what gitleaks accepts around a value (so verdicts agree): the provider word
 * anywhere in the name and up to 20 name characters after it, up to 3 spaces or quotes, an assignment
 * operator (`=`, `:`, `:=`, `::=`, `=>`, `?=`, `||`, `>`, `,`), up to 5 spaces, quotes or `=`,
 * then the value, which must end at a quote, whitespace, `;`, an escaped newline or the end.
 *
 * gitleaks also matches up to 50 name characters before the provider word; that changes only
 * where the match starts, never whether a line has a secret, and leaving it out lets the regex
 * engine jump straight to the provider word (about 60 times faster on ordinary source).
 */

const NAME_AFTER = String.raw`[ \t\w.-]{0,20}`;
const OPERATOR = String.raw`[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}`;
const VALUE_END = String.raw`(?:[\x60'"\s;]|\\[nr]|$)`;

export interface AssignmentOptions {
  /** Case-sensitive value alphabet (default: the whole pattern ignores case, as most provider rules do). */
  caseSensitive?: boolean;
}

/**
 * A regex whose group 1 is the value. `providerWords` are alternatives for the name (regex
 * fragments, e.g. ['adafruit'] or ['twilio']); `value` is the value's pattern (e.g. '[a-z0-9_-]{32}').
 */
export function assignedSecret(providerWords: readonly string[], value: string, options: AssignmentOptions = {}): RegExp {
  const source = `(?:${providerWords.join('|')})${NAME_AFTER}${OPERATOR}(${value})${VALUE_END}`;
  return new RegExp(source, options.caseSensitive ? '' : 'i');
}
