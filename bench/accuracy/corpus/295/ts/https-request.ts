// preflight-bench: vulnerable CWE-295 sink-line: 5
import https from 'node:https';

export function ping(host: string): void {
  const req = https.request({ host, path: '/health', rejectUnauthorized: false }, (res) => {
    console.log(host, res.statusCode);
  });
  req.end();
}
