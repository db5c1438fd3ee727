const express = require('express');
const escapeHtml = require('escape-html');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();

app.get('/hello', (req, res) => {
  const name = req.query.name;
  // ruleid: js-xss-response
  res.send('<h1>Hello ' + name + '</h1>');
  // ruleid: js-xss-response
  res.status(404).send(`<p>No page ${req.path}</p>`);
  // ruleid: js-xss-response
  res.write(req.headers['user-agent']);
  // ok: js-xss-response (escaped)
  res.send('<h1>Hello ' + escapeHtml(name) + '</h1>');
  // ruleid: js-xss-response (escaping for a regular expression leaves < and > alone)
  res.send('<h1>Hello ' + escapeStringRegexp(name) + '</h1>');
  // ok: js-xss-response (JSON)
  res.json({ name });
  // ok: js-xss-response (an object is sent as JSON)
  res.send({ greeting: name });
  // ok: js-xss-response (a number)
  res.end(String(parseInt(req.query.count, 10)));
});

function page(title) {
  return `<html><title>${title}</title></html>`;
}

app.get('/page', function (req, res) {
  // ruleid: js-xss-response
  res.send(page(req.query.title));
  // ok: js-xss-response (constant)
  res.send(page('Home'));
});
