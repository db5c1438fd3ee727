const fs = require('fs');
const { readFile } = require('fs/promises');
const path = require('path');
const express = require('express');
const app = express();

const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', async (req, res) => {
  const file = path.join(UPLOADS, req.params.name);
  // ruleid: js-path-traversal
  const data = fs.readFileSync(file, 'utf8');
  // ruleid: js-path-traversal
  await readFile(`${UPLOADS}/${req.query.file}`);
  // ruleid: js-path-traversal
  fs.unlink(path.resolve(UPLOADS, req.body.target), () => {});
  // ruleid: js-path-traversal
  await fs.promises.writeFile(req.query.out, data);
  // ruleid: js-path-traversal
  res.sendFile(path.join(__dirname, 'public', req.params.name));
  // ok: js-path-traversal (basename drops directories)
  fs.readFileSync(path.join(UPLOADS, path.basename(req.params.name)));
  // ok: js-path-traversal (sendFile with root rejects ../)
  res.sendFile(req.params.name, { root: UPLOADS });
  // ok: js-path-traversal (constant path)
  fs.readFileSync(path.join(__dirname, 'config.json'));
  // ok: js-path-traversal (the data written, not the path)
  fs.writeFileSync(path.join(UPLOADS, 'log.txt'), req.query.text);
});

app.get('/download', (req, res) => {
  const name = req.query.name;
  if (!/^[\w-]+\.pdf$/.test(name)) return res.status(400).end();
  // ok: js-path-traversal (checked against a strict pattern above)
  res.download(path.join(UPLOADS, name));
});

// ruleid: js-path-traversal
fs.rmSync(process.argv[2], { recursive: true });
