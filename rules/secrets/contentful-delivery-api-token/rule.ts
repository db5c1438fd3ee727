import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'contentful-delivery-api-token',
  scanner: 'secrets',
  title: 'Contentful Content Delivery API token',
  severity: 'medium',
  cwe: [798],
  description:
    'A Contentful Content Delivery API token assigned in code or configuration reads all published content of a space, including entries not linked from the site. Regenerate it in Contentful and read it from the environment.',
  keywords: ['contentful'],
  // <name mentioning contentful> <assignment> <43 letters, digits, =, _ or ->
  regex: assignedSecret(['contentful'], '[a-z0-9=_-]{43}'),
  envName: 'CONTENTFUL_ACCESS_TOKEN',
};

export default rule;
