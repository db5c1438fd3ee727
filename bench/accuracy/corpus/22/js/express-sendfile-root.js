// preflight-bench: safe CWE-22 -- sendFile with a root option (send rejects ..)
const express = require('express');

const app = express();

app.get('/download', (req, res) => {
  res.sendFile(String(req.query.file), { root: '/srv/uploads', dotfiles: 'deny' });
});
