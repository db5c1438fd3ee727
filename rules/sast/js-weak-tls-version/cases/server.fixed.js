const https = require('https');
const tls = require('tls');

const server = https.createServer({
  key,
  cert,
  // ruleid: js-weak-tls-version
  minVersion: 'TLSv1.2',
});

// ruleid: js-weak-tls-version
const socket = tls.connect({ host, port: 443, secureProtocol: 'TLSv1_2_method' });
// ruleid: js-weak-tls-version
tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
// ok: js-weak-tls-version
const strict = tls.connect({ host, port: 443, minVersion: 'TLSv1.2' });
// ok: js-weak-tls-version (a negotiated method)
const negotiated = tls.createSecureContext({ secureProtocol: 'TLS_method' });
// ok: js-weak-tls-version (an unrelated option)
const pkg = { minVersion: '1.0.0' };
