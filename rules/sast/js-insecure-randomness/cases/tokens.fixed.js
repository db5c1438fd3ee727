const crypto = require('node:crypto');

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function issue(user) {
  // ruleid: js-insecure-randomness
  const resetToken = crypto.randomUUID();
  // ruleid: js-insecure-randomness
  user.sessionId = crypto.randomUUID();
  let password = '';
  for (let i = 0; i < 12; i++) {
    // ruleid: js-insecure-randomness
    password += CHARS[crypto.randomInt(CHARS.length)];
  }
  // ruleid: js-insecure-randomness
  const otp = crypto.randomInt(1000000);
  // ruleid: js-insecure-randomness
  const salt = crypto.pseudoRandomBytes(16);
  // ok: js-insecure-randomness (not a security value)
  const jitter = Math.random() * 100;
  // ok: js-insecure-randomness
  const apiKey = crypto.randomUUID();
  // ok: js-insecure-randomness (a word that only contains "token")
  const tokenizerSeed = Math.random();
  return { resetToken, password, otp, salt, jitter, apiKey, tokenizerSeed };
}

function generateCsrfToken() {
  // ruleid: js-insecure-randomness
  return crypto.randomUUID();
}

const shuffle = (items) => items.sort(() => Math.random() - 0.5);

module.exports = { issue, generateCsrfToken, shuffle };
