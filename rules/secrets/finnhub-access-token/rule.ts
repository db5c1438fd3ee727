import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'finnhub-access-token',
  scanner: 'secrets',
  title: 'Finnhub API key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Finnhub API key assigned in code or configuration uses the account\'s market-data quota and subscription. Regenerate it in the Finnhub dashboard and read it from the environment.',
  keywords: ['finnhub'],
  // <name mentioning finnhub> <assignment> <20 letters and digits>
  regex: assignedSecret(['finnhub'], '[a-z0-9]{20}'),
  envName: 'FINNHUB_API_KEY',
};

export default rule;
