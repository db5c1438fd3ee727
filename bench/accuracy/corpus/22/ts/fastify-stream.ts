// preflight-bench: vulnerable CWE-22 sink-line: 8
import Fastify from 'fastify';
import { createReadStream } from 'node:fs';

const app = Fastify();

app.get<{ Params: { '*': string } }>('/static/*', async (request, reply) => {
  const stream = createReadStream(`public/${request.params['*']}`);
  return reply.type('application/octet-stream').send(stream);
});
