import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const app = Fastify();
const corsOptions = { origin: true, credentials: true };
// ruleid: js-permissive-cors
app.register(fastifyCors, corsOptions);
// ok: js-permissive-cors
app.register(fastifyCors, { origin: /\.example\.com$/, credentials: true });
