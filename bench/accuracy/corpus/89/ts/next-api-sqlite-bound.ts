// preflight-bench: safe CWE-89 -- prepared statement with a bound parameter
import type { NextApiRequest, NextApiResponse } from 'next';
import Database from 'better-sqlite3';

const db = new Database('app.db');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const term = String(req.query.q);
  const rows = db.prepare('SELECT title FROM posts WHERE title LIKE ?').all(`%${term}%`);
  res.json(rows);
}
