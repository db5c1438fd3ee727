// preflight-bench: safe CWE-295 -- private CA supplied, verification kept
const fs = require('fs');
const https = require('https');
const axios = require('axios');

const client = axios.create({
  baseURL: 'https://inventory.internal.example.com',
  httpsAgent: new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true }),
});

module.exports = client;
