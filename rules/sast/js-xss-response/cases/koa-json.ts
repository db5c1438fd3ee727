import Koa from 'koa';

const app = new Koa();

app.use(async (ctx) => {
  const name = ctx.query.name as string;
  if (ctx.path === '/api') {
    // ok: js-xss-response (an object body is sent as JSON)
    ctx.body = { hello: name };
    return;
  }
  if (ctx.path === '/list') {
    // ok: js-xss-response (an array body is sent as JSON)
    ctx.body = [name];
    return;
  }
  // ruleid: js-xss-response
  ctx.body = 'Hello ' + name;
});
