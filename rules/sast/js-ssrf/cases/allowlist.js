const express = require('express');
const axios = require('axios');

const ALLOWED_HOSTS = new Set(['images.example.com']);
const app = express();

app.get('/preview', async (req, res) => {
  const url = new URL(String(req.query.url));
  if (!ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400);
  // ok: js-ssrf (host checked against an allow-list first)
  const response = await axios.get(url.toString());
  res.json({ status: response.status });
});

app.get('/thumb', async (req, res) => {
  const target = new URL(String(req.query.url));
  if (ALLOWED_HOSTS.has(target.hostname)) {
    // ok: js-ssrf (inside the allow-list branch)
    await fetch(target.href);
  }
  if (!ALLOWED_HOSTS.has(target.hostname)) console.warn('unknown host', target.hostname);
  // ruleid: js-ssrf (the check only logs)
  await fetch(target.href);
  res.end();
});

app.get('/late', async (req, res) => {
  const url = new URL(String(req.query.url));
  // ruleid: js-ssrf (checked after the request)
  const response = await axios.get(url.toString());
  if (!ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400);
  res.json({ status: response.status });
});

app.get('/other', async (req, res) => {
  const url = new URL(String(req.query.url));
  const other = new URL(String(req.query.other));
  if (!ALLOWED_HOSTS.has(other.hostname)) return res.sendStatus(400);
  // ruleid: js-ssrf (another URL was checked)
  await axios.get(url.toString());
  res.end();
});
