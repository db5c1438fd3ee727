// preflight-bench: vulnerable CWE-78 sink-line: 8
const Koa = require('koa');
const { spawn } = require('child_process');

const app = new Koa();
app.use(async (ctx) => {
  const branch = ctx.request.query.branch;
  const child = spawn('git log --oneline ' + branch, { shell: true });
  let out = '';
  for await (const chunk of child.stdout) out += chunk;
  ctx.body = out;
});
app.listen(3000);
