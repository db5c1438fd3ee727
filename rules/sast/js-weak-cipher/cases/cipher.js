const crypto = require('crypto');
const { createCipheriv } = require('node:crypto');
const CryptoJS = require('crypto-js');

const LEGACY = 'des-ede3-cbc';

function encrypt(key, iv, text, password) {
  // ruleid: js-weak-cipher
  const a = crypto.createCipher('aes-256-cbc', password);
  // ruleid: js-weak-cipher
  const b = createCipheriv('des-cbc', key, iv);
  // ruleid: js-weak-cipher
  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  // ruleid: js-weak-cipher
  const d = crypto.createDecipheriv(LEGACY, key, iv);
  // ruleid: js-weak-cipher
  const e = crypto.createCipheriv('rc4', key, '');
  // ruleid: js-weak-cipher
  const f = CryptoJS.TripleDES.encrypt(text, key);
  // ruleid: js-weak-cipher
  const g = CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB });
  // ok: js-weak-cipher
  const h = crypto.createCipheriv('aes-256-gcm', key, iv);
  // ok: js-weak-cipher (chosen elsewhere)
  const i = crypto.createCipheriv(process.env.CIPHER, key, iv);
  // ok: js-weak-cipher
  const j = CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.CBC, iv });
  // ok: js-weak-cipher (not crypto-js)
  const k = vault.DES.encrypt(text);
  return [a, b, c, d, e, f, g, h, i, j, k];
}

module.exports = { encrypt };
