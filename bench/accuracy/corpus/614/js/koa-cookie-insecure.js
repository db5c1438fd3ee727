// preflight-bench: vulnerable CWE-614 sink-line: 7
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  ctx.cookies.set('auth_token', ctx.state.token, { secure: false, httpOnly: true });
  ctx.body = 'ok';
});
