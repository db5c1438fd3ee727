const { Pool } = require('pg');
const pool = new Pool();

async function find(req) {
  const id = req.params.id;
  // ruleid: js-sql-string-building
  await pool.query(`SELECT * FROM users WHERE id = ${id}`);
  // ruleid: js-sql-string-building
  await pool.query("select name from users where email = '" + req.body.email + "'");
  const purge = `
    DELETE FROM sessions WHERE user_id = ${id}`;
  // ruleid: js-sql-string-building
  await pool.query(purge);
  // ruleid: js-sql-string-building
  await knex.raw(`UPDATE users SET name = '${req.body.name}' WHERE id = ?`, [id]);
  // ruleid: js-sql-string-building
  await connection.execute(
    'INSERT INTO log (msg) VALUES (' + req.body.msg + ')',
  );
  // ok: js-sql-string-building (parameterised)
  await pool.query('SELECT * FROM users WHERE id = $1', [id]);
  // ok: js-sql-string-building (template literal without substitutions)
  await pool.query(`SELECT count(*) FROM users`);
  // ok: js-sql-string-building (concatenation of literals)
  await pool.query('SELECT * FROM users ' + 'ORDER BY id');
  // ok: js-sql-string-building (tagged template: the tag binds the values)
  await pool.query(sql`SELECT * FROM users WHERE id = ${id}`);
  // ok: js-sql-string-building (not SQL)
  await api.query(`users/${id}/profile`);
  // ok: js-sql-string-building (a plain variable holding a parameterised query)
  const byId = 'SELECT * FROM users WHERE id = $1';
  return pool.query(byId, [id]);
}

module.exports = { find };
