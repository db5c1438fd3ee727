import express from 'express';
import mysql from 'mysql2/promise';
import { Pool } from 'pg';
import knex from 'knex';

const app = express();
const pool = new Pool();
const db = knex({ client: 'pg' });
const SORTS = ['name', 'created_at'];

app.get('/users', async (req, res) => {
  const name = req.query.name as string;
  // ruleid: js-sql-injection
  const rows = await pool.query(`SELECT * FROM users WHERE name = '${name}'`);
  const sql = 'SELECT * FROM orders WHERE id = ' + req.params.id;
  // ruleid: js-sql-injection
  await pool.query(sql);
  const connection = await mysql.createConnection({});
  // ruleid: js-sql-injection
  await connection.execute("DELETE FROM sessions WHERE token = '" + req.cookies.token + "'");
  // ruleid: js-sql-injection
  await db.raw(`SELECT * FROM t ORDER BY ${req.query.sort}`);
  // ruleid: js-sql-injection
  await db('users').whereRaw(`name LIKE '%${name}%'`);
  // ok: js-sql-injection (bind parameter)
  await pool.query('SELECT * FROM users WHERE name = $1', [name]);
  // ok: js-sql-injection (placeholders with values)
  await connection.execute('SELECT * FROM users WHERE id = ?', [req.params.id]);
  // ok: js-sql-injection (knex binding)
  await db.raw('SELECT * FROM t WHERE id = ?', [req.query.id]);
  // ok: js-sql-injection (number)
  await pool.query(`SELECT * FROM t LIMIT ${Number(req.query.limit)}`);
  // ok: js-sql-injection (a Map, not a database)
  const cache = new Map<string, string>();
  cache.get(name);
  res.json(rows);
});

app.get('/sorted', async (req, res) => {
  const sort = String(req.query.sort);
  if (!SORTS.includes(sort)) return res.status(400).end();
  // ok: js-sql-injection (allow-listed above)
  const rows = await pool.query(`SELECT * FROM users ORDER BY ${sort}`);
  res.json(rows);
});
