// preflight-bench: safe CWE-78 -- spawn without a shell, arguments as an array
import Fastify from 'fastify';
import { spawn } from 'node:child_process';

const app = Fastify();

app.get<{ Querystring: { ref: string } }>('/log', async (request) => {
  const child = spawn('git', ['log', '--oneline', '--', request.query.ref]);
  let out = '';
  for await (const chunk of child.stdout) out += chunk;
  return out;
});
