// preflight-bench: safe CWE-117 -- Fastify's pino logger with an object field
import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post<{ Body: { comment: string } }>('/comments', async (request) => {
  request.log.info({ comment: request.body.comment }, 'comment received');
  return { ok: true };
});
