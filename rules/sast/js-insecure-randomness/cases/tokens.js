const crypto = require('node:crypto');

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function issue(user) {
  // ruleid: js-insecure-randomness
  const resetToken = Math.random().toString(36).substring(2);
  // ruleid: js-insecure-randomness
  user.sessionId = Math.random().toString(36);
  let password = '';
  for (let i = 0; i < 12; i++) {
    // ruleid: js-insecure-randomness
    password += CHARS[Math.floor(Math.random() * CHARS.length)];
  }
  // ruleid: js-insecure-randomness
  const otp = Math.floor(Math.random() * 1000000);
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
  return Math.random().toString(36).slice(2, 10);
}

const shuffle = (items) => items.sort(() => Math.random() - 0.5);

module.exports = { issue, generateCsrfToken, shuffle };
