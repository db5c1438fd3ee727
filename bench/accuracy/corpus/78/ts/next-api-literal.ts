// preflight-bench: safe CWE-78 -- literal command, request data only in the JSON answer
import type { NextApiRequest, NextApiResponse } from 'next';
import { execSync } from 'child_process';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const uptime = execSync('uptime', { encoding: 'utf8' });
  res.status(200).json({ uptime, requestedBy: req.query.user });
}
