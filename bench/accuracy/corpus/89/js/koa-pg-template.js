// preflight-bench: vulnerable CWE-89 sink-line: 10
const Koa = require('koa');
const { Pool } = require('pg');

const db = new Pool();
const app = new Koa();

app.use(async (ctx) => {
  const { sort } = ctx.query;
  const { rows } = await db.query(`SELECT id, name FROM users ORDER BY ${sort}`);
  ctx.body = rows;
});
