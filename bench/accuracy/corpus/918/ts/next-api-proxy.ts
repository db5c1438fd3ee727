// preflight-bench: vulnerable CWE-918 sink-line: 6
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function proxy(req: NextApiRequest, res: NextApiResponse) {
  const target = req.query.target as string;
  const upstream = await fetch(target, { headers: { accept: 'application/json' } });
  res.status(upstream.status).json(await upstream.json());
}
