// preflight-bench: vulnerable CWE-89 sink-line: 10
const express = require('express');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop' });
const app = express();

app.get('/products', (req, res) => {
  const sql = "SELECT * FROM products WHERE category = '" + req.query.category + "'";
  pool.query(sql, (err, rows) => {
    if (err) return res.sendStatus(500);
    res.json(rows);
  });
});
