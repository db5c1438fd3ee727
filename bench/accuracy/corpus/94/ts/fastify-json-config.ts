// preflight-bench: safe CWE-94 -- data parsed, not executed
import Fastify from 'fastify';

const app = Fastify();

app.post<{ Body: { config: string } }>('/validate', async (request) => {
  const parsed = JSON.parse(request.body.config) as Record<string, unknown>;
  return { keys: Object.keys(parsed) };
});
