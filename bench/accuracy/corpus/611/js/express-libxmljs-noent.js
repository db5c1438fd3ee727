// preflight-bench: vulnerable CWE-611 sink-line: 9
const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/orders', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false });
  res.json({ id: doc.get('//order/id').text() });
});
