// preflight-bench: vulnerable CWE-352 sink-line: 8
var express = require('express');

var app = express();
app.use(express.cookieParser());
app.use(express.session({ secret: process.env.SESSION_SECRET }));
app.use(express.csrf());
app.use(express.methodOverride());
app.use(app.router);
