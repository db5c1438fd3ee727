import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'grafana-service-account-token',
  scanner: 'secrets',
  title: 'Grafana service account token',
  severity: 'high',
  cwe: [798],
  description:
    'A Grafana service account token (glsa_) calls the Grafana HTTP API with its service account\'s role — often Editor or Admin. Delete the token in Grafana and read it from the environment or a secret store.',
  keywords: ['glsa_'],
  // glsa_, 32 letters and digits, _, then an 8-hex-digit checksum.
  regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?:[\x60'"\s;]|\\[nr]|$)/i,
  entropy: 3,
  envName: 'GRAFANA_TOKEN',
};

export default rule;
