// preflight-bench: safe CWE-601 -- only links the site itself published
import Fastify from 'fastify';
import { partnerLinks } from './partners';

const app = Fastify();

app.get<{ Querystring: { id: string } }>('/out', async (request, reply) => {
  const link = partnerLinks.get(request.query.id);
  return link ? reply.redirect(link) : reply.code(404).send();
});
