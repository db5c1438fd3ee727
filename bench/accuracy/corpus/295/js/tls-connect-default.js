// preflight-bench: safe CWE-295 -- default verification
const tls = require('tls');

const socket = tls.connect({ host: 'mail.example.com', port: 465, servername: 'mail.example.com' });
socket.on('secureConnect', () => socket.write('EHLO client\r\n'));
