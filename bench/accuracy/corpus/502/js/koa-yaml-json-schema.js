// preflight-bench: safe CWE-502 -- js-yaml with JSON_SCHEMA
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const yaml = require('js-yaml');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['text'] }));

app.use(async (ctx) => {
  const doc = yaml.load(ctx.request.body, { schema: yaml.JSON_SCHEMA });
  ctx.body = { keys: Object.keys(doc) };
});
