// preflight-bench: safe CWE-352 -- lusca with csrf enabled
const express = require('express');
const session = require('express-session');
const lusca = require('lusca');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(lusca({ csrf: true, xframe: 'SAMEORIGIN' }));

app.post('/account/email', (req, res) => res.sendStatus(204));
