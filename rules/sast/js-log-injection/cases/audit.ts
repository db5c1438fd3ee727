import express from 'express';
import pino from 'pino';

const app = express();
const logger = pino();

app.post('/login', (req, res) => {
  const user = req.body.username as string;
  // ruleid: js-log-injection
  console.log('login attempt for ' + user);
  // ruleid: js-log-injection
  logger.info(`failed login: ${req.headers['user-agent']}`);
  // ok: js-log-injection (structured field, escaped by the logger)
  logger.info({ user }, 'login attempt');
  // ok: js-log-injection (line breaks removed)
  console.log('login attempt for ' + user.replace(/[\r\n]/g, ' '));
  // ok: js-log-injection (JSON-encoded)
  console.warn('login attempt for', JSON.stringify(user));
  // ok: js-log-injection (not user input)
  console.error('login failed at', new Date().toISOString());
  res.end();
});
