const { Sequelize } = require('sequelize');
const sqlite3 = require('sqlite3');
const sequelize = new Sequelize('sqlite::memory:');
const db = new sqlite3.Database(':memory:');

function byEmail(email) {
  return 'SELECT * FROM users WHERE email = "' + email + '"';
}

module.exports = function handler(req, res) {
  // ruleid: js-sql-injection
  sequelize.query(byEmail(req.body.email));
  // ruleid: js-sql-injection
  db.all(`SELECT * FROM notes WHERE owner = '${req.query.owner}'`, (err, rows) => res.json(rows));
  // ruleid: js-sql-injection
  dataSource.createQueryBuilder('user').where(`user.name = '${req.query.name}'`).getMany();
  // ok: js-sql-injection (replacements)
  sequelize.query('SELECT * FROM users WHERE email = :email', { replacements: { email: req.body.email } });
  // ok: js-sql-injection (query builder with parameters)
  dataSource.createQueryBuilder('user').where('user.name = :name', { name: req.query.name }).getMany();
  // ok: js-sql-injection (constant SQL)
  db.run('DELETE FROM sessions WHERE expired = 1');
};
