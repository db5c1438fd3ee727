// preflight-bench: safe CWE-1321 -- Map instead of a plain object
const Koa = require('koa');

const app = new Koa();
const counters = new Map();

app.use(async (ctx) => {
  const key = `${ctx.query.group}:${ctx.query.name}`;
  counters.set(key, (counters.get(key) || 0) + 1);
  ctx.body = { count: counters.get(key) };
});
