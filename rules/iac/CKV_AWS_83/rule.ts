import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkAttribute, isTrue } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_83',
  scanner: 'iac',
  title: 'Ensure Elasticsearch Domain enforces HTTPS',
  severity: 'medium',
  cwe: [319],
  description:
    'The domain endpoint accepts plain HTTP, so queries, documents and credentials can cross the network unencrypted. Set `domain_endpoint_options { enforce_https = true }` (Terraform) or `DomainEndpointOptions: { EnforceHTTPS: true }` (CloudFormation).',
  resources: { terraform: ['aws_elasticsearch_domain', 'aws_opensearch_domain'], cloudformation: ['AWS::Elasticsearch::Domain'] },
  evaluate(resource): IacCheckResult {
    return checkAttribute(resource, {
      path: { terraform: 'domain_endpoint_options.enforce_https', cloudformation: 'DomainEndpointOptions.EnforceHTTPS' },
      test: isTrue,
      // Checkov passes a Terraform domain that leaves the setting out (the provider turns it on).
      whenAbsent: { terraform: 'pass', cloudformation: 'fail' },
      wrong: 'The domain accepts plain HTTP',
      missing: 'The domain does not enforce HTTPS (DomainEndpointOptions.EnforceHTTPS is not set)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
