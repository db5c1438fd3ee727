// preflight-bench: vulnerable CWE-611 sink-line: 9
import express from 'express';
import * as libxmljs from 'libxmljs2';

const app = express();
app.use(express.text({ type: '*/xml' }));

app.post('/sitemap/validate', (req, res) => {
  const doc = libxmljs.parseXml(req.body as string, { noent: true, noblanks: true });
  res.json({ urls: doc.find('//url').length });
});
