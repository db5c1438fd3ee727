// preflight-bench: vulnerable CWE-611 sink-line: 6
const fs = require('fs');
const libxmljs = require('libxmljs');

const input = fs.readFileSync(process.argv[2], 'utf8');
const feed = libxmljs.parseXml(input, { noent: true });
for (const item of feed.find('//item/title')) console.log(item.text());
