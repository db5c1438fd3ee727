// preflight-bench: vulnerable CWE-295 sink-line: 7
const https = require('https');
const axios = require('axios');

const client = axios.create({
  baseURL: 'https://inventory.internal.example.com',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

module.exports = client;
