const serialize = require('node-serialize');
const { deserialize } = require('serialize-to-js');

function load(req) {
  // ruleid: js-unsafe-deserialization
  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  // ruleid: js-unsafe-deserialization
  const settings = deserialize(req.body.settings);
  // ok: js-unsafe-deserialization
  const safe = JSON.parse(req.body.settings);
  // ok: js-unsafe-deserialization (serialising is not the problem)
  const out = serialize.serialize(safe);
  // ok: js-unsafe-deserialization (another library's unserialize)
  const php = phpSerialize.unserialize(req.body.legacy);
  return { profile, settings, safe, out, php };
}

module.exports = { load };
