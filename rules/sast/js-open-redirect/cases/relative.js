const express = require('express');

const app = express();

app.get('/continue', (req, res) => {
  const next = String(req.query.next || '/');
  // ok: js-open-redirect (only a path on this site is followed)
  res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  // ok: js-open-redirect (also with a further check)
  res.redirect(next.startsWith("/") && !next.startsWith("//") && !next.includes('\\') ? next : '/home');
  // ruleid: js-open-redirect (//evil.example passes a single-slash check)
  res.redirect(next.startsWith('/') ? next : '/');
  // ruleid: js-open-redirect (the fallback is untrusted too)
  res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : String(req.query.fallback));
});
