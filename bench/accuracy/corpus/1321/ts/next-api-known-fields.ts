// preflight-bench: safe CWE-1321 -- spread of a JSON-parsed object creates own properties only
import type { NextApiRequest, NextApiResponse } from 'next';

const BASE = { columns: 2, accent: 'blue' };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const overrides = { columns: Number(req.body.columns) || BASE.columns, accent: String(req.body.accent ?? BASE.accent) };
  res.json({ ...BASE, ...overrides });
}
