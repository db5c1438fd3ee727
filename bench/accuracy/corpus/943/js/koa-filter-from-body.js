// preflight-bench: vulnerable CWE-943 sink-line: 12
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { MongoClient } = require('mongodb');

const db = new MongoClient('mongodb://localhost').db('crm');
const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const filter = ctx.request.body.filter;
  ctx.body = await db.collection('contacts').find(filter).toArray();
});
