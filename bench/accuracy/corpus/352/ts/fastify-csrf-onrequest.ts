// preflight-bench: safe CWE-352 -- csrf protection hook on the state-changing route
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';

const app = Fastify();
app.register(cookie);
app.register(csrf);

app.post('/transfer', { onRequest: app.csrfProtection }, async () => ({ moved: true }));
