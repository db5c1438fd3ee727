// preflight-bench: safe CWE-502 -- JSON.parse with a shape check
import type { NextApiRequest, NextApiResponse } from 'next';

interface Cart {
  items: string[];
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const cart = JSON.parse(String(req.body.cart)) as Cart;
  if (!Array.isArray(cart.items)) return res.status(400).end();
  res.json({ items: cart.items.length });
}
