// preflight-bench: vulnerable CWE-79 sink-line: 10
import Koa from 'koa';

const app = new Koa();

app.use(async (ctx) => {
  const page = ctx.query.page as string;
  ctx.status = 404;
  ctx.type = 'html';
  ctx.body = `<p>No page called ${page}</p>`;
});
