const crypto = require('crypto');
const forge = require('node-forge');
const NodeRSA = require('node-rsa');

// ruleid: js-weak-rsa-key
crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 0x10001 });
crypto.generateKeyPair('rsa-pss', {
  // ruleid: js-weak-rsa-key
  modulusLength: 512,
}, done);
// ruleid: js-weak-rsa-key
const pair = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
// ruleid: js-weak-rsa-key
const key = new NodeRSA({ b: 512 });
// ruleid: js-weak-rsa-key
const dh = crypto.createDiffieHellman(1024);
// ok: js-weak-rsa-key
crypto.generateKeyPairSync('rsa', { modulusLength: 4096 });
// ok: js-weak-rsa-key (EC keys have no modulus)
crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
// ok: js-weak-rsa-key (a prime given as a buffer, not a size)
const dh2 = crypto.createDiffieHellman(primeBuffer);
