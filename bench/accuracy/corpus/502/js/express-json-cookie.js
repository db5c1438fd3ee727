// preflight-bench: safe CWE-502 -- JSON.parse of the cookie
const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || 'e30=', 'base64').toString();
  const profile = JSON.parse(raw);
  res.send(`Hello ${String(profile.username)}`);
});
