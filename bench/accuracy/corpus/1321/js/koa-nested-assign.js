// preflight-bench: vulnerable CWE-1321 sink-line: 10
const Koa = require('koa');

const app = new Koa();
const counters = {};

app.use(async (ctx) => {
  const { group, name } = ctx.query;
  counters[group] = counters[group] || {};
  counters[group][name] = (counters[group][name] || 0) + 1;
  ctx.body = counters[group];
});
