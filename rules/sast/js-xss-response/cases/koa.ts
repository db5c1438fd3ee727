import Router from '@koa/router';

const router = new Router();

router.get('/search', async (ctx, next) => {
  // ruleid: js-xss-response
  ctx.body = `<p>Results for ${ctx.query.q}</p>`;
  // ok: js-xss-response (a number)
  ctx.body = `<p>${Number(ctx.query.page)}</p>`;
  await next();
});
