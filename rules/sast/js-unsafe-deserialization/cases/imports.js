const fs = require('fs');
const net = require('net');
const v8 = require('v8');
const yaml = require('js-yaml');
const express = require('express');

const app = express();
app.use(express.text());

app.post('/pipeline', (req, res) => {
  // ruleid: js-unsafe-deserialization
  const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  // ok: js-unsafe-deserialization (the default schema of js-yaml 4, data only)
  const plain = yaml.load(req.body);
  // ok: js-unsafe-deserialization (JSON schema)
  const strict = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  // ruleid: js-unsafe-deserialization
  const state = v8.deserialize(Buffer.from(req.body, 'base64'));
  res.json({ pipeline, plain, strict, state });
});

net.createServer((socket) => {
  socket.on('data', (chunk) => {
    // ruleid: js-unsafe-deserialization
    const job = v8.deserialize(chunk);
    socket.write(String(job.id));
  });
});

// ok: js-unsafe-deserialization (the program's own file)
const cache = v8.deserialize(fs.readFileSync('.cache/state.bin'));
// ok: js-unsafe-deserialization (a config file shipped with the code, default schema)
const config = yaml.load(fs.readFileSync('config.yml', 'utf8'));
