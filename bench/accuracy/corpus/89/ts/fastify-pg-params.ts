// preflight-bench: safe CWE-89 -- $1 placeholder
import Fastify from 'fastify';
import { Client } from 'pg';

const client = new Client();
const app = Fastify();

app.delete<{ Params: { id: string } }>('/items/:id', async (request) => {
  await client.query('DELETE FROM items WHERE id = $1', [request.params.id]);
  return { deleted: request.params.id };
});
