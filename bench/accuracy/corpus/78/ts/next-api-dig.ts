// preflight-bench: vulnerable CWE-78 sink-line: 7
import type { NextApiRequest, NextApiResponse } from 'next';
import { execSync } from 'child_process';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const domain = req.query.domain as string;
  const answer = execSync('dig +short ' + domain, { encoding: 'utf8' });
  res.status(200).json({ answer });
}
