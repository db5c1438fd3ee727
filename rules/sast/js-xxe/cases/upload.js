const libxmljs = require('libxmljs');
const { parseXmlString } = require('libxmljs2');

function parse(body) {
  // ruleid: js-xxe
  const a = libxmljs.parseXml(body, { noent: true, noblanks: true });
  // ruleid: js-xxe
  const b = parseXmlString(body, { noent: true });
  // ok: js-xxe
  const c = libxmljs.parseXml(body, { noent: false });
  // ok: js-xxe (entities are not substituted by default)
  const d = libxmljs.parseXml(body);
  // ok: js-xxe (another parser's option)
  const e = sax.parser(true, { noent: true });
  return [a, b, c, d, e];
}

module.exports = { parse };
