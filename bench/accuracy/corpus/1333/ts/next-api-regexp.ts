// preflight-bench: vulnerable CWE-1333 sink-line: 6
import type { NextApiRequest, NextApiResponse } from 'next';
import { posts } from '../../lib/posts';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const filter = RegExp(String(req.query.filter));
  res.json(posts.filter((post) => filter.test(post.slug)));
}
