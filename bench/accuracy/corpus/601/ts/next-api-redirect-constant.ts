// preflight-bench: safe CWE-601 -- constant destination
import type { NextApiRequest, NextApiResponse } from 'next';

export default function logout(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Set-Cookie', 'session=; Max-Age=0; Path=/');
  console.log('logout from', req.headers['user-agent']);
  res.redirect(302, '/goodbye');
}
