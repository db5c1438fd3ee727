// preflight-bench: vulnerable CWE-943 sink-line: 9
import Fastify from 'fastify';
import { Product } from './models';

const app = Fastify();

app.get<{ Querystring: { max: string } }>('/cheap', async (request) => {
  const max = request.query.max;
  return Product.find().$where(`this.price < ${max}`);
});
