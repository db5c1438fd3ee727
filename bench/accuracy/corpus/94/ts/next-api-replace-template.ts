// preflight-bench: safe CWE-95 -- placeholders replaced, nothing compiled
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const template = String(req.query.template);
  const values: Record<string, string> = { name: 'Ada' };
  const text = template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');
  res.send(text);
}
