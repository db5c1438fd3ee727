// preflight-bench: vulnerable CWE-95 sink-line: 7
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const template = String(req.query.template);
  const user = { name: 'Ada' };
  const render = new Function('user', 'return `' + template + '`;');
  res.send(render(user));
}
