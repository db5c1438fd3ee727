// preflight-bench: safe CWE-601 -- destination from a fixed table
const Koa = require('koa');

const DESTINATIONS = { home: '/', billing: '/account/billing', help: '/help' };
const app = new Koa();

app.use(async (ctx) => {
  const target = DESTINATIONS[ctx.query.to] || '/';
  ctx.redirect(target);
});
