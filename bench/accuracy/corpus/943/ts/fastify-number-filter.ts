// preflight-bench: safe CWE-943 -- numeric comparison, no $where
import Fastify from 'fastify';
import { Product } from './models';

const app = Fastify();

app.get<{ Querystring: { max: string } }>('/cheap', async (request) => {
  const max = Number.parseFloat(request.query.max);
  if (Number.isNaN(max)) return [];
  return Product.find({ price: { $lt: max } });
});
