// preflight-bench: vulnerable CWE-95 sink-line: 9
const express = require('express');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const expression = req.body.expression;
  const result = eval(expression);
  res.json({ result });
});
