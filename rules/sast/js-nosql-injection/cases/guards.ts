import express from 'express';
import sanitize from 'mongo-sanitize';
import { Order, Product } from './models';

const app = express();
app.use(express.json());

app.post('/orders', async (req, res) => {
  const owner = req.body.owner;
  if (typeof owner !== 'string') return res.status(400).end();
  // ok: js-nosql-injection (only a string gets here)
  const mine = await Order.find({ owner });
  const status = req.body.status;
  // ruleid: js-nosql-injection (checked after the query)
  const byStatus = await Order.find({ status });
  if (typeof status !== 'string') return res.status(400).end();
  const region = req.body.region;
  if (typeof region !== 'string') console.warn('region is not a string');
  // ruleid: js-nosql-injection (the check does not stop the request)
  const inRegion = await Order.find({ region });
  // ok: js-nosql-injection (operators stripped by mongo-sanitize, imported as sanitize)
  const clean = await Order.find({ customer: sanitize(req.body.customer) });
  // ok: js-nosql-injection (a whole filter, sanitised)
  const filtered = await Order.find(sanitize(req.body.filter));
  res.json({ mine, byStatus, inRegion, clean, filtered });
});

app.get('/cheap', async (req, res) => {
  // ruleid: js-nosql-injection
  const cheap = await Product.find().$where(`this.price < ${req.query.max}`);
  // ok: js-nosql-injection (a constant expression)
  const free = await Product.find().$where('this.price === 0');
  res.json({ cheap, free });
});
