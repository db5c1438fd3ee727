// preflight-bench: vulnerable CWE-22 sink-line: 8
import type { NextApiRequest, NextApiResponse } from 'next';
import { readFileSync } from 'fs';
import { join } from 'path';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const doc = req.query.doc as string;
  const markdown = readFileSync(join(process.cwd(), 'docs', doc), 'utf8');
  res.status(200).send(markdown);
}
