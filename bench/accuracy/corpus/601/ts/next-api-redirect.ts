// preflight-bench: vulnerable CWE-601 sink-line: 6
import type { NextApiRequest, NextApiResponse } from 'next';

export default function logout(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Set-Cookie', 'session=; Max-Age=0; Path=/');
  res.redirect(302, req.query.after as string);
}
