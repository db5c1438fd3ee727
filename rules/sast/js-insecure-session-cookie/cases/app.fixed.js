const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      // ruleid: js-insecure-session-cookie
      secure: true,
      // ruleid: js-insecure-session-cookie
      httpOnly: true,
      maxAge: 3600000,
    },
  }),
);

// ok: js-insecure-session-cookie (resave / saveUninitialized are not cookie flags)
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

// ruleid: js-insecure-session-cookie
app.use(cookieSession({ name: 'session', keys: [process.env.KEY], secure: true }));

// ok: js-insecure-session-cookie
app.use(cookieSession({ name: 'session', keys: [process.env.KEY], secure: true, httpOnly: true }));

function other(options) {
  // ok: js-insecure-session-cookie (not a session middleware)
  return configure({ cookie: { secure: false } });
}
