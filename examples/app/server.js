// A tiny Express service with the mistakes Preflight exists to catch before CI does.
const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');
const https = require('https');

const app = express();

// Synthetic token for the example (sequential characters, not a real credential).
const githubToken = "ghp_0123456789ABCDEFGHIJabcdefghijKLMNOP";

app.get('/ping', (req, res) => {
  // The host comes straight from the query string into a shell.
  exec(`ping -c 1 ${req.query.host}`, (error, stdout) => res.send(stdout));
});

app.post('/calc', (req, res) => {
  res.json({ result: eval(req.body.expression) });
});

app.get('/etag', (req, res) => {
  res.set('ETag', crypto.createHash('md5').update(req.url).digest('hex')).end();
});

const agent = new https.Agent({ rejectUnauthorized: false });

module.exports = { app, agent, githubToken };
