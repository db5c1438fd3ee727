// preflight-bench: vulnerable CWE-94 sink-line: 9
import Fastify from 'fastify';
import vm from 'node:vm';

const app = Fastify();

app.post<{ Body: { script: string } }>('/run', async (request) => {
  const sandbox = { total: 0 };
  vm.runInNewContext(request.body.script, sandbox);
  return sandbox;
});
