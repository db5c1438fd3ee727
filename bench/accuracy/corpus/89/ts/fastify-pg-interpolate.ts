// preflight-bench: vulnerable CWE-89 sink-line: 9
import Fastify from 'fastify';
import { Client } from 'pg';

const client = new Client();
const app = Fastify();

app.delete<{ Params: { id: string } }>('/items/:id', async (request) => {
  await client.query(`DELETE FROM items WHERE id = ${request.params.id}`);
  return { deleted: request.params.id };
});
