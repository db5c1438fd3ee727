// preflight-bench: safe CWE-614 -- non-sensitive consent flag, Secure attribute set
const YEAR = 31536000;

export function rememberConsent(): void {
  document.cookie = `consent=yes; path=/; max-age=${YEAR}; Secure; SameSite=Lax`;
}
