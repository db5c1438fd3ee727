import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'stripe-access-token',
  scanner: 'secrets',
  title: 'Stripe secret or restricted API key',
  severity: 'critical',
  cwe: [798],
  description:
    'A Stripe secret (sk_) or restricted (rk_) key can create charges, issue refunds and read customer data for the account. Roll the key in the Stripe dashboard, then read it from the environment or a secret store. Publishable keys (pk_) are not reported.',
  keywords: ['sk_live', 'sk_test', 'sk_prod', 'rk_live', 'rk_test', 'rk_prod'],
  regex: /\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,99})(?![A-Za-z0-9_])/,
  entropy: 3,
  envName: 'STRIPE_SECRET_KEY',
};

export default rule;
