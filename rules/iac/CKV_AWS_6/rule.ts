import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { asNumber } from '../../../server/src/engine/scanners/iac/model';
import { checkAttribute, isTrue, locate } from '../_shared/aws-data';

const rule: IacRule = {
  id: 'CKV_AWS_6',
  scanner: 'iac',
  title: 'Ensure all Elasticsearch has node-to-node encryption enabled',
  severity: 'medium',
  cwe: [319],
  description:
    'Traffic between the nodes of the domain (shard replication, queries fanned out to data nodes) travels unencrypted inside the VPC. Set `node_to_node_encryption { enabled = true }` (Terraform) or `NodeToNodeEncryptionOptions: { Enabled: true }` (CloudFormation).',
  resources: { terraform: ['aws_elasticsearch_domain'], cloudformation: ['AWS::Elasticsearch::Domain'] },
  evaluate(resource): IacCheckResult {
    if (resource.framework === 'terraform') {
      // As in Checkov: only a domain of more than one node has traffic between nodes to protect.
      const count = locate(resource, 'cluster_config.instance_count');
      if (count.unresolved || count.found?.value.kind === 'expression') return { status: 'unknown' };
      const nodes = count.found ? asNumber(count.found.value) : undefined;
      if (nodes === undefined || nodes <= 1) return { status: 'passed' };
    }
    return checkAttribute(resource, {
      path: { terraform: 'node_to_node_encryption.enabled', cloudformation: 'NodeToNodeEncryptionOptions.Enabled' },
      test: isTrue,
      whenAbsent: 'fail',
      wrong: 'Node-to-node encryption is disabled',
      missing: 'Node-to-node encryption is not enabled (off by default)',
      fix: { terraform: 'true', cloudformation: 'true' },
    });
  },
};

export default rule;
