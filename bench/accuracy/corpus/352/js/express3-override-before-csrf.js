// preflight-bench: safe CWE-352 -- methodOverride registered before csrf
var express = require('express');

var app = express();
app.use(express.cookieParser());
app.use(express.session({ secret: process.env.SESSION_SECRET }));
app.use(express.methodOverride());
app.use(express.csrf());
app.use(app.router);
