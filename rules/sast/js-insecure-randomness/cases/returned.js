const HEX = '0123456789abcdef';

function makeSessionId() {
  let id = '';
  for (let i = 0; i < 32; i++) {
    // ruleid: js-insecure-randomness
    id += HEX[Math.floor(Math.random() * 16)];
  }
  return id;
}

const oneTimePin = () => {
  // ruleid: js-insecure-randomness
  const digits = Math.floor(Math.random() * 1000000);
  return String(digits).padStart(6, '0');
};

function retryDelay(attempt) {
  // ok: js-insecure-randomness (jitter, returned by a function that is no secret)
  const delay = Math.floor(Math.random() * 100);
  return attempt * 1000 + delay;
}

function makeToken(logger) {
  // ok: js-insecure-randomness (a local the function does not return)
  const sample = Math.floor(Math.random() * 10);
  logger.debug(sample);
  return require('node:crypto').randomUUID();
}

module.exports = { makeSessionId, oneTimePin, retryDelay, makeToken };
