// preflight-bench: safe CWE-89 -- ORDER BY column from an allow-list
const Koa = require('koa');
const { Pool } = require('pg');

const db = new Pool();
const SORTABLE = new Set(['name', 'created_at']);
const app = new Koa();

app.use(async (ctx) => {
  const column = SORTABLE.has(ctx.query.sort) ? ctx.query.sort : 'name';
  const { rows } = await db.query('SELECT id, name FROM users ORDER BY ' + (column === 'name' ? 'name' : 'created_at'));
  ctx.body = rows;
});
