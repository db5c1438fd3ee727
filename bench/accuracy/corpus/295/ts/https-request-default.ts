// preflight-bench: safe CWE-295 -- default verification
import https from 'node:https';

export function ping(host: string): void {
  const req = https.request({ host, path: '/health', timeout: 5000 }, (res) => {
    console.log(host, res.statusCode);
  });
  req.end();
}
