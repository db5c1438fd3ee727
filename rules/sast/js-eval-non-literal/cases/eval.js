const vm = require('vm');

function calculate(req) {
  const expr = req.query.expr;
  // ruleid: js-eval-non-literal
  const result = eval(expr);
  // ruleid: js-eval-non-literal
  window.eval(`(${req.body.json})`);
  // ruleid: js-eval-non-literal
  const fn = new Function('x', 'return x * ' + req.query.factor);
  // ruleid: js-eval-non-literal
  Function(req.body.code)();
  // ruleid: js-eval-non-literal
  setTimeout('update(' + req.query.id + ')', 100);
  // ruleid: js-eval-non-literal
  vm.runInNewContext(req.body.script, {});
  // ruleid: js-eval-non-literal
  const script = new vm.Script(`${req.body.script}`);
  // ok: js-eval-non-literal (a string literal: poor style, but not injectable)
  eval('1 + 1');
  // ok: js-eval-non-literal (constant function body)
  const add = new Function('a', 'b', 'return a + b');
  // ok: js-eval-non-literal (a function, not a string)
  setTimeout(() => refresh(req.query.id), 100);
  // ok: js-eval-non-literal (a function reference)
  setInterval(refresh, 1000);
  // ok: js-eval-non-literal (another object's eval, e.g. a Redis Lua script)
  redis.eval(req.body.script, 0);
  // ok: js-eval-non-literal (literal script)
  vm.runInNewContext('a + 1', { a: 1 });
  return [result, fn, add, script];
}

module.exports = { calculate };
