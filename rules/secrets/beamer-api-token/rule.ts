import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'beamer-api-token',
  scanner: 'secrets',
  title: 'Beamer API key',
  severity: 'medium',
  cwe: [798],
  description:
    'A Beamer API key (b_…) assigned in code or configuration lets anyone post, edit and delete your product changelog and notifications. Regenerate it in Beamer and read it from the environment.',
  keywords: ['beamer'],
  // <name mentioning beamer> <assignment> <b_ followed by 44 letters, digits, =, _ or ->
  regex: assignedSecret(['beamer'], 'b_[a-z0-9=_-]{44}'),
  envName: 'BEAMER_API_KEY',
};

export default rule;
