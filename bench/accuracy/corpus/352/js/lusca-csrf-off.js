// preflight-bench: vulnerable CWE-352 sink-line: 8
const express = require('express');
const session = require('express-session');
const lusca = require('lusca');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(lusca({ csrf: false, xframe: 'SAMEORIGIN', hsts: { maxAge: 31536000 } }));

app.post('/account/email', (req, res) => res.sendStatus(204));
