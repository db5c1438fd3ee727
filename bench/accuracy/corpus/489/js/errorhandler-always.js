// preflight-bench: vulnerable CWE-489 sink-line: 8
const express = require('express');
const errorhandler = require('errorhandler');
const routes = require('./routes');

const app = express();
app.use(routes);
app.use(errorhandler());

app.listen(process.env.PORT || 3000);
