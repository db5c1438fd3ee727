/** Key sizes below which public-key algorithms are considered breakable (NIST SP 800-57, 800-131A). */
export const MIN_RSA_BITS = 2048;
export const MIN_DSA_BITS = 2048;
export const MIN_DH_BITS = 2048;

/** The integer a numeric literal spells (decimal, hex, binary, octal, `_` / `_` separators), or undefined. */
export function integerLiteral(text: string): number | undefined {
  const clean = text.replace(/_/g, '').replace(/n$/, '');
  if (!/^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|\d+)$/.test(clean)) return undefined;
  const value = Number(clean);
  return Number.isSafeInteger(value) ? value : undefined;
}
