const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const _ = require('lodash');

const app = express();

app.get('/search', (req, res) => {
  const term = req.query.q;
  // ruleid: js-regex-injection
  const matcher = new RegExp(term, 'i');
  // ruleid: js-regex-injection
  const prefix = RegExp('^' + String(req.query.prefix));
  // ok: js-regex-injection (escaped)
  const safe = new RegExp(escapeStringRegexp(term), 'i');
  // ok: js-regex-injection (escaped with lodash)
  const safe2 = new RegExp(`^${_.escapeRegExp(req.query.prefix)}`);
  // ok: js-regex-injection (user text is the subject, not the pattern)
  const valid = new RegExp('^[a-z]+$').test(term);
  // ruleid: js-regex-injection (URL encoding keeps ( ) * + .)
  const encoded = new RegExp(encodeURIComponent(req.params.name));
  // ok: js-regex-injection (every metacharacter escaped, the idiom MDN documents)
  const idiom = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // ruleid: js-regex-injection (the class misses ( ) and |)
  const partial = new RegExp(term.replace(/[.*+?]/g, '\\$&'));
  // ruleid: js-regex-injection (a negated class escapes everything but the metacharacters)
  const negated = new RegExp(term.replace(/[^.*+?^${}()|[\]\\]/g, '\\$&'));
  // ruleid: js-regex-injection (not global: only the first metacharacter is escaped)
  const once = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/, '\\$&'));
  res.json({ matcher: String(matcher), prefix: String(prefix), safe: String(safe), safe2: String(safe2), valid, encoded: String(encoded), idiom: String(idiom), partial: String(partial), negated: String(negated), once: String(once) });
});

// ok: js-regex-injection (a constant pattern)
const WORD = new RegExp('\\w+', 'g');
