import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'private-key',
  scanner: 'secrets',
  title: 'Private key',
  severity: 'critical',
  cwe: [798],
  description:
    'A PEM-encoded private key (RSA, EC, DSA, OpenSSH, PKCS#8, PGP…) lets anyone holding it impersonate the server, user or signer it belongs to. Replace the key pair, and load the key from a secret store or a file outside the repository.',
  keywords: ['-----begin'],
  // BEGIN and END lines of the same kind around at least 64 characters of body: base64, line
  // breaks (real or written as `\n` inside a string literal) and RFC 1421 headers such as
  // `Proc-Type: 4,ENCRYPTED`. A body dash may not be followed by another dash, so the body stops
  // at the first `--` (the END line, or the next BEGIN): the match stays linear in the file size.
  regex:
    /-----BEGIN([ A-Z0-9]{1,40})PRIVATE KEY( BLOCK)?-----(?:[A-Za-z0-9+/=\s\\:,.]|-(?!-)){64,}-----END\1PRIVATE KEY\2-----/,
  secretGroup: 0,
  entropy: 3.5,
  envName: 'PRIVATE_KEY',
};

export default rule;
