const https = require('https');
const request = require('request');

// ruleid: js-tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });

const options = {
  host: 'internal.example.com',
  // ruleid: js-tls-verification-disabled
  'rejectUnauthorized': false,
};

// ruleid: js-tls-verification-disabled
request({ url: 'https://example.com', strictSSL: false });

// ruleid: js-tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// ruleid: js-tls-verification-disabled
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;

// ruleid: js-tls-verification-disabled
agent.options.rejectUnauthorized = false;

const childEnv = {
  ...process.env,
  // ruleid: js-tls-verification-disabled
  NODE_TLS_REJECT_UNAUTHORIZED: '0',
};

// ok: js-tls-verification-disabled
const strict = new https.Agent({ rejectUnauthorized: true, ca: process.env.CA_PEM });

// ok: js-tls-verification-disabled (re-enabling verification)
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

// ok: js-tls-verification-disabled (decided by configuration, not hard-coded)
const configured = { rejectUnauthorized: process.env.NODE_ENV === 'production' };

// ok: js-tls-verification-disabled (an unrelated property)
const ui = { rejectUnsaved: false };

module.exports = { agent, options, childEnv, strict, configured, ui };
