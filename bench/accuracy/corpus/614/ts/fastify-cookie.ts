// preflight-bench: vulnerable CWE-614 sink-line: 9
import Fastify from 'fastify';
import cookie from '@fastify/cookie';

const app = Fastify();
app.register(cookie);

app.post('/login', async (request, reply) => {
  reply.setCookie('session', 'opaque-session-id', { path: '/', secure: false, httpOnly: true });
  return { ok: true };
});
