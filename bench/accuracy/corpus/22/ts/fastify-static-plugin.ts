// preflight-bench: safe CWE-22 -- served by @fastify/static with a fixed root
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { join } from 'node:path';

const app = Fastify();
app.register(fastifyStatic, { root: join(__dirname, 'public'), prefix: '/static/' });
app.listen({ port: 3000 });
