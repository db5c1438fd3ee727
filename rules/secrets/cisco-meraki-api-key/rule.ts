import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'cisco-meraki-api-key',
  scanner: 'secrets',
  title: 'Cisco Meraki Dashboard API key',
  severity: 'high',
  cwe: [798],
  description:
    'A Cisco Meraki Dashboard API key assigned in code or configuration can read and reconfigure the organisation\'s networks and devices. Revoke it in the Meraki dashboard and read it from the environment.',
  keywords: ['meraki'],
  // <name mentioning Meraki (meraki, Meraki or MERAKI)> <assignment> <40 lower-case hexadecimal characters>
  regex: assignedSecret(['[Mm]eraki', 'MERAKI'], '[0-9a-f]{40}', { caseSensitive: true }),
  entropy: 3,
  envName: 'MERAKI_DASHBOARD_API_KEY',
};

export default rule;
