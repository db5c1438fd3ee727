const Koa = require('koa');
const cookie = require('cookie');

const app = new Koa();

app.use(async (ctx) => {
  const token = await login(ctx);
  // ruleid: js-insecure-cookie
  ctx.cookies.set('auth', token, { secure: false });
  // ruleid: js-insecure-cookie
  ctx.cookies.set('session', token, { httpOnly: false, secure: true });
  // ok: js-insecure-cookie (Koa: HttpOnly by default, Secure from the connection)
  ctx.cookies.set('session2', token, { signed: true });
  // ok: js-insecure-cookie (a preference the page reads)
  ctx.cookies.set('lang', 'en', { httpOnly: false });
  // ruleid: js-insecure-cookie
  ctx.set('Set-Cookie', cookie.serialize('sid', token, { path: '/' }));
  // ok: js-insecure-cookie
  ctx.set('Set-Cookie', cookie.serialize('sid', token, { path: '/', httpOnly: true, secure: true }));
  // ok: js-insecure-cookie (reads a cookie)
  const seen = ctx.cookies.get('session');
  ctx.body = { seen };
});
