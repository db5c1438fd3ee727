// preflight-bench: vulnerable CWE-89 sink-line: 9
import type { NextApiRequest, NextApiResponse } from 'next';
import Database from 'better-sqlite3';

const db = new Database('app.db');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const term = String(req.query.q);
  const rows = db.prepare("SELECT title FROM posts WHERE title LIKE '%" + term + "%'").all();
  res.json(rows);
}
