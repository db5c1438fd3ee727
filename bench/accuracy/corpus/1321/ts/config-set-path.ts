// preflight-bench: vulnerable CWE-1321 sink-line: 11
import Fastify from 'fastify';

const app = Fastify();
const config: Record<string, any> = {};

function setPath(target: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys[keys.length - 1]] = value;
}

app.post<{ Body: { path: string; value: unknown } }>('/config', async (request) => {
  setPath(config, request.body.path, request.body.value);
  return config;
});
