import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'hashicorp-tf-api-token',
  scanner: 'secrets',
  title: 'HashiCorp Terraform Cloud API token',
  severity: 'critical',
  cwe: [798],
  description:
    'A Terraform Cloud / Terraform Enterprise API token (….atlasv1.…) reads state files — which hold every secret Terraform manages — and runs plans and applies. Revoke it and read it from the environment (TF_TOKEN_app_terraform_io) or a credentials helper.',
  keywords: ['atlasv1'],
  // 14 letters and digits, .atlasv1. (lower case), then 60 to 70 letters, digits, -, _ or =.
  regex: /[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}/,
  entropy: 3.5,
  envName: 'TF_TOKEN_app_terraform_io',
};

export default rule;
