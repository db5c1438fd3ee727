// preflight-bench: safe CWE-611 -- xml2js (sax) ignores DTD entities
const fs = require('fs');
const xml2js = require('xml2js');

xml2js.parseString(fs.readFileSync(process.argv[2], 'utf8'), (err, feed) => {
  if (err) throw err;
  for (const item of feed.rss.channel[0].item) console.log(item.title[0]);
});
