// preflight-bench: safe CWE-918 -- hostname checked against an allow-list
const express = require('express');
const axios = require('axios');

const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);
const app = express();

app.get('/preview', async (req, res) => {
  const url = new URL(String(req.query.url));
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400);
  const response = await axios.get(url.toString(), { timeout: 3000 });
  res.json({ status: response.status });
});
