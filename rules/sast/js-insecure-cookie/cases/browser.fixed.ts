import { serialize } from 'cookie';

export function rememberLogin(token: string, res: { setHeader(name: string, value: string): void }): void {
  // ruleid: js-insecure-cookie
  document.cookie = `auth_token=${token}; path=/; max-age=3600`;
  // ok: js-insecure-cookie (Secure set)
  document.cookie = `auth_token=${token}; path=/; Secure; SameSite=Strict`;
  // ok: js-insecure-cookie (not a session or token cookie)
  document.cookie = 'theme=dark; path=/';
  // ok: js-insecure-cookie (double-submit CSRF cookie, read by the page on purpose)
  res.setHeader('Set-Cookie', serialize('csrf_token', token, { httpOnly: false, secure: true }));
  // ruleid: js-insecure-cookie
  res.setHeader('Set-Cookie', serialize('refresh_token', token, { httpOnly: true, secure: true }));
}
