// preflight-bench: safe CWE-295 -- the option name appears only in a log message
import WebSocket from 'ws';

const socket = new WebSocket('wss://events.example.com/stream');
socket.on('error', (error) => console.error('TLS failed; never set rejectUnauthorized: false to work around it', error));
socket.on('message', (data) => console.log(String(data)));
