// preflight-bench: safe CWE-1333 -- RE2 guarantees linear time
import type { NextApiRequest, NextApiResponse } from 'next';
import RE2 from 're2';
import { posts } from '../../lib/posts';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const filter = new RE2(String(req.query.filter).slice(0, 200));
  res.json(posts.filter((post) => filter.test(post.slug)));
}
