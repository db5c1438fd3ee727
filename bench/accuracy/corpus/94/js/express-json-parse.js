// preflight-bench: safe CWE-95 -- JSON.parse instead of eval
const express = require('express');

const app = express();
app.use(express.text());

app.post('/settings', (req, res) => {
  const settings = JSON.parse(req.body);
  res.json({ saved: Object.keys(settings).length });
});
