// preflight-bench: vulnerable CWE-338 sink-line: 3
export function oneTimeCode(): string {
  const code = Math.floor(100000 + Math.random() * 900000);
  return String(code);
}
