// preflight-bench: safe CWE-611 -- fast-xml-parser does not resolve external entities
const Koa = require('koa');
const getRawBody = require('raw-body');
const { XMLParser } = require('fast-xml-parser');

const app = new Koa();
const parser = new XMLParser();

app.use(async (ctx) => {
  const xml = await getRawBody(ctx.req, { encoding: 'utf8' });
  ctx.body = parser.parse(xml);
});
