// preflight-bench: vulnerable CWE-601 sink-line: 9
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  const returnTo = ctx.query.returnTo;
  ctx.cookies.set('seen', '1');
  ctx.redirect(returnTo);
});
