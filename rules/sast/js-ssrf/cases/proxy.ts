import axios from 'axios';
import got from 'got';
import https from 'node:https';
import type { NextApiRequest, NextApiResponse } from 'next';

const ALLOWED_HOSTS = new Set(['api.example.com']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = req.query.url as string;
  // ruleid: js-ssrf
  const response = await fetch(target);
  // ruleid: js-ssrf
  await axios.get(`${req.body.base}/status`);
  // ruleid: js-ssrf
  await got(new URL(target).toString());
  // ruleid: js-ssrf
  https.get('http://' + req.headers['x-forwarded-host'] + '/health', () => {});
  // ruleid: js-ssrf
  await axios({ method: 'post', url: target });
  // ok: js-ssrf (fixed scheme and host; the input only picks a path)
  await fetch(`https://api.example.com/users/${encodeURIComponent(String(req.query.id))}`);
  // ok: js-ssrf (fixed host, concatenated)
  await axios.get('https://api.example.com/items/' + req.query.id);
  // ok: js-ssrf (constant URL)
  await fetch('https://status.example.com/');
  const host = String(req.query.host);
  if (ALLOWED_HOSTS.has(host)) {
    // ok: js-ssrf (allow-listed host)
    await fetch(`https://${host}/`);
  }
  res.status(200).json({ ok: response.ok });
}
