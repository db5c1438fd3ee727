// preflight-bench: vulnerable CWE-502 sink-line: 10
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const yaml = require('js-yaml');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['text'] }));

app.use(async (ctx) => {
  const doc = yaml.load(ctx.request.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  ctx.body = { keys: Object.keys(doc) };
});
