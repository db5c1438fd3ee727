// preflight-bench: safe CWE-943 -- typeof check rejects objects
import type { NextApiRequest, NextApiResponse } from 'next';
import clientPromise from '../../lib/mongodb';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const owner = req.body.owner;
  if (typeof owner !== 'string') return res.status(400).end();
  const client = await clientPromise;
  res.json(await client.db('todo').collection('tasks').find({ owner }).toArray());
}
