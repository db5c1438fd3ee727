export async function makeKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    // ruleid: js-weak-rsa-key
    { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function makeGoodKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    // ok: js-weak-rsa-key
    { name: 'RSA-PSS', modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
}
