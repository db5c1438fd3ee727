// preflight-bench: vulnerable CWE-502 sink-line: 6
import type { NextApiRequest, NextApiResponse } from 'next';
import { unserialize } from 'node-serialize';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const cart = unserialize(req.body.cart as string);
  res.json({ items: cart.items.length });
}
