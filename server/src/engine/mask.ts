/**
 * How a secret is shown anywhere Preflight writes: a short prefix and the length, never the
 * value. Short secrets show less so the prefix never reveals most of the value.
 */
export function maskSecret(secret: string): string {
  const visible = secret.length >= 16 ? 4 : secret.length >= 8 ? 2 : 0;
  return `${secret.slice(0, visible)}…(${secret.length} chars)`;
}
