// preflight-bench: safe CWE-1004 -- httpOnly, secure, sameSite
import type { NextApiRequest, NextApiResponse } from 'next';
import { serialize } from 'cookie';

export default function login(req: NextApiRequest, res: NextApiResponse) {
  const token = String(req.body.token);
  res.setHeader('Set-Cookie', serialize('session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' }));
  res.status(204).end();
}
