// preflight-bench: vulnerable CWE-22 sink-line: 8
const express = require('express');

const app = express();

app.get('/download', (req, res) => {
  const file = req.query.file;
  res.download('/srv/uploads/' + file);
});
