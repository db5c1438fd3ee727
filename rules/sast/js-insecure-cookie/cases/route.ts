import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import Cookies from 'js-cookie';

export async function POST(): Promise<NextResponse> {
  const token = await issue();
  const store = await cookies();
  // ruleid: js-insecure-cookie
  cookies().set('session', token);
  // ruleid: js-insecure-cookie
  cookies().set({ name: 'refresh', value: token, httpOnly: true });
  // ruleid: js-insecure-cookie
  store.set('csrf', token, { secure: true });
  const response = NextResponse.json({ ok: true });
  // ruleid: js-insecure-cookie
  response.cookies.set('session', token, { path: '/' });
  // ok: js-insecure-cookie
  response.cookies.set('session2', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js-insecure-cookie (js-cookie runs in the browser, where HttpOnly cannot be set)
  Cookies.set('theme', 'dark');
  // ok: js-insecure-cookie (a Map-like store, not a response)
  cache.set('session', token);
  return response;
}
