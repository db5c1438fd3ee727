// preflight-bench: safe CWE-918 -- constant feed URL, request data only as a search parameter
import Fastify from 'fastify';
import got from 'got';

const app = Fastify();

app.get<{ Querystring: { tag: string } }>('/feeds', async (request) => {
  const xml = await got('https://blog.example.com/feed.xml', { searchParams: { tag: request.query.tag } }).text();
  return { bytes: xml.length };
});
