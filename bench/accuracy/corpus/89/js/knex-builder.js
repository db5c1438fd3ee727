// preflight-bench: safe CWE-89 -- query builder binds values
const express = require('express');
const knex = require('knex')({ client: 'pg' });

const app = express();

app.get('/orders/:id', async (req, res) => {
  const order = await knex('orders').where({ id: req.params.id }).first();
  res.json(order);
});
