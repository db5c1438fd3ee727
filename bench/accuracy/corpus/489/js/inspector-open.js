// preflight-bench: vulnerable CWE-489 sink-line: 5
const inspector = require('inspector');
const { createServer } = require('./server');

inspector.open(9229, '0.0.0.0');
createServer().listen(8080);
