// preflight-bench: vulnerable CWE-78 sink-line: 9
import Fastify from 'fastify';
import { exec } from 'node:child_process';

const app = Fastify();

app.post<{ Body: { file: string; width: number } }>('/thumb', async (request, reply) => {
  const { file, width } = request.body;
  exec(`convert uploads/${file} -resize ${width} thumbs/${file}`);
  return reply.send({ ok: true });
});

app.listen({ port: 3000 });
