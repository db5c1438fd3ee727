// preflight-bench: safe CWE-78 -- command chosen from a fixed allow-list
const Koa = require('koa');
const { exec } = require('child_process');

const TASKS = { lint: 'npm run lint', test: 'npm test' };

const app = new Koa();
app.use(async (ctx) => {
  const task = ctx.query.task;
  if (!Object.hasOwn(TASKS, task)) ctx.throw(400, 'unknown task');
  exec(TASKS[task], (err) => console.log(task, err ? 'failed' : 'done'));
  ctx.body = { queued: task };
});
