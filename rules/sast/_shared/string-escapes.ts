/**
 * The value of a string literal's source text, for the escapes that matter when the string is a
 * regular expression (`'\\d+'` → `\d+`). Unknown escapes keep the escaped character, as in JS.
 */
const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

export function unescapeJsString(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|[\s\S])/g, (_, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape === '\n' || escape === '\r\n') return '';
    return SIMPLE[escape] ?? escape;
  });
}

/** Python: a non-raw string keeps unknown escapes (`'\d'` is `\d`); a raw string keeps everything. */
export function unescapePyString(raw: string, isRaw: boolean): string {
  if (isRaw) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n|[\s\S])/g, (whole, escape: string) => {
    if (/^[xuU][0-9a-fA-F]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (escape === '\n' || escape === '\r\n') return '';
    if (escape === '\\' || escape === "'" || escape === '"') return escape;
    return SIMPLE[escape] ?? whole;
  });
}
