import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'pypi-upload-token',
  scanner: 'secrets',
  title: 'PyPI upload token',
  severity: 'critical',
  cwe: [798],
  description:
    'A PyPI API token uploads new releases of the packages it is scoped to (or of all its owner\'s packages): a leaked one lets an attacker publish malicious versions. Remove it in the PyPI account settings and read it from the environment.',
  keywords: ['pypi-ageichlwas5vcmc'],
  // pypi- then the fixed macaroon header AgEIcHlwaS5vcmc ("pypi.org"), then at least 50 base64url characters.
  // Like gitleaks, no word boundaries around it.
  regex: /(pypi-AgEIcHlwaS5vcmc[\w-]{50,1000})/,
  entropy: 3,
  envName: 'TWINE_PASSWORD',
};

export default rule;
