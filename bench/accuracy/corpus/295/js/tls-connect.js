// preflight-bench: vulnerable CWE-295 sink-line: 7
const tls = require('tls');

const socket = tls.connect({
  host: 'mail.example.com',
  port: 465,
  rejectUnauthorized: false,
});
socket.on('secureConnect', () => socket.write('EHLO client\r\n'));
