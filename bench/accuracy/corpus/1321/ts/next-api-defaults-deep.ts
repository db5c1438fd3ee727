// preflight-bench: vulnerable CWE-1321 sink-line: 8
import type { NextApiRequest, NextApiResponse } from 'next';
import defaultsDeep from 'lodash/defaultsDeep';

const BASE = { layout: { columns: 2 }, colors: { accent: 'blue' } };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const theme = defaultsDeep({}, req.body, BASE);
  res.json(theme);
}
