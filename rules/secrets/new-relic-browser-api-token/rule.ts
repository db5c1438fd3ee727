import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'new-relic-browser-api-token',
  scanner: 'secrets',
  title: 'New Relic browser API token',
  severity: 'medium',
  cwe: [798],
  description:
    'A New Relic browser ingest token (NRJS-) sends browser monitoring data to the account. It is embedded in web pages by design but lets anyone inject fake telemetry. Rotate it if misused and read it from configuration.',
  keywords: ['nrjs-'],
  // A name mentioning New Relic, assigned NRJS- and 19 hex digits.
  regex: assignedSecret(['new-relic', 'newrelic', 'new_relic'], 'NRJS-[a-f0-9]{19}'),
  envName: 'NEW_RELIC_BROWSER_KEY',
};

export default rule;
