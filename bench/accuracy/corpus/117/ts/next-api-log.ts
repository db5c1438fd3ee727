// preflight-bench: vulnerable CWE-117 sink-line: 6
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const orderId = req.query.orderId as string;
  console.warn('refund requested for order ' + orderId);
  res.status(202).json({ orderId });
}
