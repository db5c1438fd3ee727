// preflight-bench: safe CWE-918 -- upstream chosen by key from a fixed table
import type { NextApiRequest, NextApiResponse } from 'next';

const UPSTREAMS: Record<string, string> = {
  weather: 'https://weather.example.com/v1/today',
  news: 'https://news.example.com/v1/top',
};

export default async function proxy(req: NextApiRequest, res: NextApiResponse) {
  const url = UPSTREAMS[String(req.query.target)];
  if (!url) return res.status(404).end();
  const upstream = await fetch(url);
  res.status(upstream.status).json(await upstream.json());
}
