// preflight-bench: safe CWE-502 -- the yaml package builds plain data only
import Fastify from 'fastify';
import YAML from 'yaml';

const app = Fastify();

app.post<{ Body: string }>('/import', async (request) => {
  const data = YAML.parse(request.body) as Record<string, unknown>;
  return { imported: Object.keys(data).length };
});
