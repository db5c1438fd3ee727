// preflight-bench: safe CWE-117 -- constant message, request data not logged
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  console.info('request done in %d ms', Date.now() - started);
});
