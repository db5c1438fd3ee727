// preflight-bench: vulnerable CWE-918 sink-line: 8
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  const host = ctx.query.host;
  const answer = await fetch(`http://${host}/health`);
  ctx.body = { up: answer.ok };
});
