// preflight-bench: vulnerable CWE-117 sink-line: 7
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx, next) => {
  console.info(`${new Date().toISOString()} ${ctx.method} ${ctx.path} agent=${ctx.get('User-Agent')}`);
  await next();
});
