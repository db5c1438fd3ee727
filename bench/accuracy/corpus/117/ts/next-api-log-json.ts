// preflight-bench: safe CWE-117 -- value JSON-encoded into the log line
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const orderId = req.query.orderId as string;
  console.warn('refund requested for order ' + JSON.stringify(orderId));
  res.status(202).json({ orderId });
}
