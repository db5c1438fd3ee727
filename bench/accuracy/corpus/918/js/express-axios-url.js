// preflight-bench: vulnerable CWE-918 sink-line: 8
const express = require('express');
const axios = require('axios');

const app = express();

app.get('/preview', async (req, res) => {
  const response = await axios.get(req.query.url, { timeout: 3000 });
  res.json({ status: response.status, length: response.data.length });
});
