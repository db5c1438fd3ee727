import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'hashicorp-tf-password',
  scanner: 'secrets',
  title: 'Password in Terraform configuration',
  severity: 'high',
  cwe: [798],
  description:
    'A literal password in a Terraform or HCL file (password = "…", administrator_login_password = "…") ends up in version control, plans and state. Use a sensitive variable fed from a secret store, a generated random_password, or a secret-manager data source.',
  keywords: ['administrator_login_password', 'password'],
  // An attribute named …password… assigned a quoted 8 to 20 character value of letters, digits, =, _ and -.
  // The secret includes its quotes, as in gitleaks.
  regex: assignedSecret(['administrator_login_password', 'password'], '"[a-z0-9=_-]{8,20}"'),
  entropy: 2,
  // Like gitleaks, the rule is meant for these files only. The scanner does not read this
  // field yet (see README, "Differences from gitleaks").
  path: /\.(?:tf|hcl)$/i,
  envName: 'TF_VAR_db_password',
};

export default rule;
