const Koa = require('koa');
const fs = require('fs/promises');
const path = require('path');

const NOTES = path.resolve('./notes');
const app = new Koa();

app.use(async (ctx) => {
  const target = path.resolve(NOTES, ctx.request.body.filename);
  if (!target.startsWith(NOTES + path.sep)) ctx.throw(400, 'bad name');
  // ok: js-path-traversal (resolved, then confined to the base folder)
  await fs.writeFile(target, ctx.request.body.content);

  const other = path.join(NOTES, ctx.request.body.other);
  if (!other.startsWith(`${NOTES}${path.sep}`)) {
    return;
  }
  // ok: js-path-traversal (template form of the same check)
  await fs.readFile(other);

  const sibling = path.resolve(NOTES, ctx.request.body.sibling);
  if (!sibling.startsWith(NOTES)) ctx.throw(400, 'bad name');
  // ruleid: js-path-traversal (no separator: /notes-old passes the check)
  await fs.unlink(sibling);

  const logged = path.resolve(NOTES, ctx.request.body.logged);
  if (!logged.startsWith(NOTES + path.sep)) console.warn('outside', logged);
  // ruleid: js-path-traversal (the check does not stop the request)
  await fs.unlink(logged);

  const raw = NOTES + '/' + ctx.request.body.raw;
  if (!raw.startsWith(NOTES + path.sep)) ctx.throw(400, 'bad name');
  // ruleid: js-path-traversal (not resolved: ../ survives the prefix check)
  await fs.unlink(raw);
  ctx.body = 'saved';
});
