// preflight-bench: safe CWE-918 -- fixed origin, user value encoded into the path
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  const id = encodeURIComponent(String(ctx.query.id));
  const answer = await fetch(`https://api.example.com/users/${id}`);
  ctx.body = await answer.json();
});
