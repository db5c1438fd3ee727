// preflight-bench: safe CWE-1321 -- only known fields copied
const express = require('express');

const app = express();
app.use(express.json());
const profile = { theme: 'light', language: 'en' };

app.patch('/profile', (req, res) => {
  const { theme, language } = req.body;
  Object.assign(profile, { theme: String(theme), language: String(language) });
  res.json(profile);
});
