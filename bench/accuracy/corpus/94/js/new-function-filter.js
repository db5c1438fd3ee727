// preflight-bench: vulnerable CWE-94 sink-line: 8
const Koa = require('koa');

const app = new Koa();
const items = [{ price: 3 }, { price: 12 }];

app.use(async (ctx) => {
  const predicate = new Function('item', 'return ' + ctx.query.where);
  ctx.body = items.filter(predicate);
});
