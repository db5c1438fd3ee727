// preflight-bench: vulnerable CWE-352 sink-line: 8
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';

const app = Fastify();
app.register(cookie);
app.register(csrf, { getToken: () => undefined });

app.post('/transfer', async () => ({ moved: true }));
