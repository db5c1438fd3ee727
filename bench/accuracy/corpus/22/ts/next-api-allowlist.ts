// preflight-bench: safe CWE-22 -- document name from an allow-list
import type { NextApiRequest, NextApiResponse } from 'next';
import { readFileSync } from 'fs';
import { join } from 'path';

const DOCS = ['intro.md', 'install.md', 'faq.md'];

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const doc = DOCS.find((name) => name === req.query.doc);
  if (!doc) return res.status(404).end();
  res.status(200).send(readFileSync(join(process.cwd(), 'docs', doc), 'utf8'));
}
