// preflight-bench: safe CWE-89 -- placeholder with bound values
const express = require('express');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop' });
const app = express();

app.get('/products', (req, res) => {
  pool.query('SELECT * FROM products WHERE category = ?', [req.query.category], (err, rows) => {
    if (err) return res.sendStatus(500);
    res.json(rows);
  });
});
