import { readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';

const DOCS = join(process.cwd(), 'docs');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const doc = String(req.query.doc);
  // ruleid: js-path-traversal
  const page = readFileSync(join(DOCS, doc), 'utf8');
  // ruleid: js-path-traversal
  const nested = readFileSync(resolve(DOCS, join('pages', doc)), 'utf8');
  // ok: js-path-traversal (basename keeps only the file name)
  const safe = readFileSync(join(DOCS, basename(doc)), 'utf8');
  // ok: js-path-traversal (constant parts only)
  const index = readFileSync(join(DOCS, 'index.md'), 'utf8');
  res.send([page, nested, safe, index].join('\n'));
}

export function clean(): void {
  // ruleid: js-path-traversal
  rmSync(join('/var/cache/tool', process.argv[2]), { recursive: true, force: true });
}
