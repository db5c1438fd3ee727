// preflight-bench: vulnerable CWE-295 sink-line: 5
import WebSocket from 'ws';

const socket = new WebSocket('wss://events.example.com/stream', {
  rejectUnauthorized: false,
});
socket.on('message', (data) => console.log(String(data)));
