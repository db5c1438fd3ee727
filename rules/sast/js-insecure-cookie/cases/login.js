const express = require('express');

const app = express();
const cookieOptions = buildOptions();

app.post('/login', (req, res) => {
  const token = issue(req.body);
  // ruleid: js-insecure-cookie
  res.cookie('session', token);
  // ruleid: js-insecure-cookie
  res.cookie('remember', token, { maxAge: 86400000 });
  // ruleid: js-insecure-cookie
  res.cookie('sid', token, { httpOnly: true, secure: false, sameSite: 'lax' });
  // ruleid: js-insecure-cookie
  res.cookie('refresh', token, { secure: true, });
  // ruleid: js-insecure-cookie
  res.cookie('empty', token, {});
  // ok: js-insecure-cookie
  res.cookie('auth', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: js-insecure-cookie (secure decided by the environment)
  res.cookie('auth2', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production' });
  // ok: js-insecure-cookie (an explicit choice: the page's script must read this one)
  res.cookie('theme', 'dark', { httpOnly: false, secure: true });
  // ok: js-insecure-cookie (options built elsewhere)
  res.cookie('x', token, cookieOptions);
  // ok: js-insecure-cookie (spread defaults)
  res.cookie('y', token, { ...cookieOptions, maxAge: 1000 });
  // ok: js-insecure-cookie (reads a cookie)
  const jar = req.cookie('session');
  res.json({ ok: true, jar });
});
