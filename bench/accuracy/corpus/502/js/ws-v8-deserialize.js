// preflight-bench: vulnerable CWE-502 sink-line: 8
const { WebSocketServer } = require('ws');
const v8 = require('v8');

const wss = new WebSocketServer({ port: 8081 });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    const job = v8.deserialize(data);
    socket.send(`queued ${job.name}`);
  });
});
