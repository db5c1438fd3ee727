// preflight-bench: vulnerable CWE-918 sink-line: 8
import Fastify from 'fastify';
import got from 'got';

const app = Fastify();

app.post<{ Body: { feed: string } }>('/feeds', async (request) => {
  const xml = await got(request.body.feed).text();
  return { bytes: xml.length };
});
