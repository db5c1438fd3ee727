// preflight-bench: vulnerable CWE-22 sink-line: 11
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const fs = require('fs/promises');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { filename, content } = ctx.request.body;
  await fs.writeFile(`./notes/${filename}`, content);
  ctx.body = 'saved';
});
