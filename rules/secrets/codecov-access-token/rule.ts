import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'codecov-access-token',
  scanner: 'secrets',
  title: 'Codecov access token',
  severity: 'medium',
  cwe: [798],
  description:
    'A Codecov token assigned in code or configuration lets anyone upload coverage reports for the repository or, for API tokens, read its coverage data. Regenerate it in Codecov and pass it through the CI secret store.',
  keywords: ['codecov'],
  // <name mentioning codecov> <assignment> <32 letters and digits>
  regex: assignedSecret(['codecov'], '[a-z0-9]{32}'),
  envName: 'CODECOV_TOKEN',
};

export default rule;
