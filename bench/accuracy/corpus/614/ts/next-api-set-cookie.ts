// preflight-bench: vulnerable CWE-1004 sink-line: 7
import type { NextApiRequest, NextApiResponse } from 'next';
import { serialize } from 'cookie';

export default function login(req: NextApiRequest, res: NextApiResponse) {
  const token = String(req.body.token);
  res.setHeader('Set-Cookie', serialize('session', token, { path: '/', httpOnly: false, secure: true }));
  res.status(204).end();
}
