// preflight-bench: vulnerable CWE-1333 sink-line: 4
const Koa = require('koa');

const TITLE = /^(\w+\s?)*$/;
const app = new Koa();

app.use(async (ctx) => {
  ctx.body = { valid: TITLE.test(String(ctx.query.title)) };
});
