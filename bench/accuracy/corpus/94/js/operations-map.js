// preflight-bench: safe CWE-94 -- operation chosen from a fixed table
const Koa = require('koa');

const OPERATIONS = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};

const app = new Koa();
app.use(async (ctx) => {
  const op = Object.hasOwn(OPERATIONS, ctx.query.op) ? OPERATIONS[ctx.query.op] : OPERATIONS.add;
  ctx.body = { result: op(Number(ctx.query.a), Number(ctx.query.b)) };
});
