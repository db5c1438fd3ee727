// preflight-bench: vulnerable CWE-352 sink-line: 8
const express = require('express');
const cookieParser = require('cookie-parser');
const csrf = require('csurf');

const app = express();
app.use(cookieParser());
app.use(csrf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));

app.post('/transfer', (req, res) => res.send('moved'));
