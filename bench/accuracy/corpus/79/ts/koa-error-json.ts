// preflight-bench: safe CWE-79 -- JSON response, not HTML
import Koa from 'koa';

const app = new Koa();

app.use(async (ctx) => {
  const page = ctx.query.page as string;
  ctx.status = 404;
  ctx.body = { error: 'not found', page };
});
