// preflight-bench: safe CWE-22 -- resolved path must stay under the base folder
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const fs = require('fs/promises');
const path = require('path');

const BASE = path.resolve('./notes');
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const target = path.resolve(BASE, ctx.request.body.filename);
  if (!target.startsWith(BASE + path.sep)) ctx.throw(400, 'bad name');
  await fs.writeFile(target, ctx.request.body.content);
  ctx.body = 'saved';
});
