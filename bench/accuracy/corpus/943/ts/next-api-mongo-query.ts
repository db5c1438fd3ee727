// preflight-bench: vulnerable CWE-943 sink-line: 8
import type { NextApiRequest, NextApiResponse } from 'next';
import clientPromise from '../../lib/mongodb';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const client = await clientPromise;
  const tasks = client.db('todo').collection('tasks');
  const list = await tasks.find({ owner: req.body.owner }).toArray();
  res.json(list);
}
