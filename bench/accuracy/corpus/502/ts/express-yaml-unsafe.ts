// preflight-bench: vulnerable CWE-502 sink-line: 9
import express from 'express';
import yaml from 'js-yaml';

const app = express();
app.use(express.text({ type: 'application/yaml' }));

app.post('/import', (req, res) => {
  const data = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }) as Record<string, unknown>;
  res.json({ imported: Object.keys(data).length });
});
