// preflight-bench: vulnerable CWE-117 sink-line: 7
import Fastify from 'fastify';

const app = Fastify({ logger: false });

app.post<{ Body: { comment: string } }>('/comments', async (request) => {
  process.stdout.write(`comment received: ${request.body.comment}\n`);
  return { ok: true };
});
