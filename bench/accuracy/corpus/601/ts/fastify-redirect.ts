// preflight-bench: vulnerable CWE-601 sink-line: 8
import Fastify from 'fastify';

const app = Fastify();

app.get<{ Querystring: { url: string } }>('/out', async (request, reply) => {
  request.log.info({ url: request.query.url }, 'outbound click');
  return reply.redirect(request.query.url);
});
