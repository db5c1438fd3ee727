const vm = require('node:vm');
const express = require('express');
const app = express();

const handlers = { sum: (a, b) => a + b };

app.post('/calc', (req, res) => {
  const { expression } = req.body;
  // ruleid: js-code-injection
  const value = eval(expression);
  // ruleid: js-code-injection
  const fn = new Function('a', 'b', req.body.code);
  // ruleid: js-code-injection
  vm.runInNewContext(`(${req.query.filter})(item)`, { item: {} });
  // ruleid: js-code-injection
  setTimeout('refresh(' + req.query.id + ')', 100);
  // ruleid: js-code-injection
  new vm.Script(expression);
  // ok: js-code-injection (data, not code)
  const parsed = JSON.parse(req.body.json);
  // ok: js-code-injection (a function, not a string)
  setTimeout(() => res.json({ value, parsed, fn }), 100);
  // ok: js-code-injection (constant code)
  eval('1 + 1');
  // ok: js-code-injection (a number)
  eval(String(Number(req.query.n)));
  // ok: js-code-injection (a method of another object)
  redis.eval(req.body.script, 0);
  // ok: js-code-injection (dispatch to known functions)
  handlers[String(req.body.op) === 'sum' ? 'sum' : 'sum'](1, 2);
});
