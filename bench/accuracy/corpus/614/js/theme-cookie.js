// preflight-bench: safe CWE-1004 -- non-sensitive UI preference readable by scripts on purpose
const express = require('express');

const app = express();

app.post('/theme', (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.cookie('theme', theme, { httpOnly: false, secure: true, maxAge: 31536000000 });
  res.sendStatus(204);
});
