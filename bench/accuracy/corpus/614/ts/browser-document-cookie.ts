// preflight-bench: vulnerable CWE-614 sink-line: 6
const DAY = 86400;

export function rememberSession(sessionId: string): void {
  // Written by script, so it can be neither HttpOnly nor (here) Secure.
  document.cookie = `session=${sessionId}; path=/; max-age=${DAY}`;
}
