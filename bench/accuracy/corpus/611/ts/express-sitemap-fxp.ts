// preflight-bench: safe CWE-611 -- fast-xml-parser with entity processing off
import express from 'express';
import { XMLParser } from 'fast-xml-parser';

const app = express();
app.use(express.text({ type: '*/xml' }));
const parser = new XMLParser({ processEntities: false });

app.post('/sitemap/validate', (req, res) => {
  const doc = parser.parse(req.body as string);
  res.json({ urls: doc.urlset.url.length });
});
