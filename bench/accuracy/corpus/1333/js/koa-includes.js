// preflight-bench: safe CWE-1333 -- substring search, no regex built from input
const Koa = require('koa');
const titles = ['Intro', 'Setup', 'Deploy'];

const app = new Koa();
app.use(async (ctx) => {
  const term = String(ctx.query.q).toLowerCase();
  ctx.body = titles.filter((t) => t.toLowerCase().includes(term));
});
