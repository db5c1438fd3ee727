// preflight-bench: vulnerable CWE-502 sink-line: 8
import Fastify from 'fastify';
import funcster from 'funcster';

const app = Fastify();

app.post<{ Body: { task: object } }>('/tasks', async (request) => {
  const task = funcster.deepDeserialize(request.body.task);
  return { scheduled: typeof task.run === 'function' };
});
