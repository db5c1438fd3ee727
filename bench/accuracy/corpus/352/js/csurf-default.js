// preflight-bench: safe CWE-352 -- csurf with its default ignored methods
const express = require('express');
const cookieParser = require('cookie-parser');
const csrf = require('csurf');

const app = express();
app.use(cookieParser());
app.use(csrf({ cookie: true }));

app.get('/form', (req, res) => res.send(`<input type="hidden" name="_csrf" value="${req.csrfToken()}">`));
app.post('/transfer', (req, res) => res.send('moved'));
