// preflight-bench: safe CWE-1321 -- path segments validated, null-prototype objects
import Fastify from 'fastify';

const app = Fastify();
const config: Record<string, any> = Object.create(null);

function setPath(target: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some((key) => !/^[a-z][a-zA-Z0-9]*$/.test(key) || key === 'constructor')) throw new Error('bad path');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= Object.create(null);
  node[keys[keys.length - 1]] = value;
}

app.post<{ Body: { path: string; value: unknown } }>('/config', async (request) => {
  setPath(config, request.body.path, request.body.value);
  return config;
});
