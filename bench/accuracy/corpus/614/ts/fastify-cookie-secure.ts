// preflight-bench: safe CWE-614 -- secure cookie
import Fastify from 'fastify';
import cookie from '@fastify/cookie';

const app = Fastify();
app.register(cookie);

app.post('/login', async (request, reply) => {
  reply.setCookie('session', 'opaque-session-id', { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
  return { ok: true };
});
