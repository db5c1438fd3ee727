// preflight-bench: safe CWE-611 -- entities not substituted, no network
const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/orders', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ id: doc.get('//order/id').text() });
});
