// preflight-bench: vulnerable CWE-611 sink-line: 10
const Koa = require('koa');
const getRawBody = require('raw-body');
const libxml = require('libxmljs2');

const app = new Koa();

app.use(async (ctx) => {
  const xml = await getRawBody(ctx.req, { encoding: 'utf8' });
  const doc = libxml.parseXmlString(xml, { noent: true, dtdload: true });
  ctx.body = { root: doc.root().name() };
});
