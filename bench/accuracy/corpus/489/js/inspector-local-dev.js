// preflight-bench: safe CWE-489 -- no inspector; debug logging through a logger level
const pino = require('pino');
const { createServer } = require('./server');

const logger = pino({ level: process.env.LOG_LEVEL || 'info' });
logger.debug('starting');
createServer().listen(8080);
