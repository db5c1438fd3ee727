// preflight-bench: safe CWE-489 -- errorhandler only in development
const express = require('express');
const errorhandler = require('errorhandler');
const routes = require('./routes');

const app = express();
app.use(routes);
if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler());
}
app.listen(process.env.PORT || 3000);
