const express = require('express');
const app = express();

const SAFE_PATHS = ['/home', '/settings'];

app.post('/login', (req, res) => {
  const next = req.query.next;
  if (SAFE_PATHS.includes(next)) {
    // ok: js-open-redirect (allow-listed)
    return res.redirect(next);
  }
  // ruleid: js-open-redirect
  res.redirect(next);
  // ruleid: js-open-redirect
  res.redirect(302, req.body.returnTo);
  // ruleid: js-open-redirect
  res.redirect('//' + req.query.host);
  // ok: js-open-redirect (a path on this site)
  res.redirect('/users/' + encodeURIComponent(req.query.id));
  // ok: js-open-redirect (fixed origin)
  res.redirect(`https://example.com/welcome?from=${req.query.from}`);
  // ok: js-open-redirect (constant)
  res.redirect('/');
});

function goBack() {
  const target = new URLSearchParams(location.search).get('return');
  // ruleid: js-open-redirect
  window.location.href = target;
  // ruleid: js-open-redirect
  location.assign(decodeURIComponent(location.hash.slice(1)));
  // ok: js-open-redirect (a local path)
  location.href = '/search?q=' + encodeURIComponent(target);
}

module.exports = { goBack };
