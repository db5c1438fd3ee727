// preflight-bench: safe CWE-918 -- constant URL
const https = require('https');

https.get('https://status.example.com/api/v2/summary.json', (res) => {
  let body = '';
  res.on('data', (chunk) => (body += chunk));
  res.on('end', () => console.log(JSON.parse(body).status, process.argv[2]));
});
