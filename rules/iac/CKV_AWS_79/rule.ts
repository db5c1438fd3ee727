import { asString, entry, type IacObject, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

interface Keys {
  tokens: string;
  endpoint: string;
}

const TERRAFORM: Keys = { tokens: 'http_tokens', endpoint: 'http_endpoint' };
const CLOUDFORMATION: Keys = { tokens: 'HttpTokens', endpoint: 'HttpEndpoint' };

function lower(options: IacObject, key: string): string | undefined {
  return asString(entry(options, key)?.value)?.trim().toLowerCase();
}

/** The metadata options object: `metadata_options {}` (Terraform) or `LaunchTemplateData.MetadataOptions` (CloudFormation). */
function metadataOptions(resource: IacResource) {
  if (resource.framework === 'terraform') return entry(resource.body, 'metadata_options');
  const data = entry(resource.body, 'LaunchTemplateData');
  if (data?.value.kind === 'expression') return data;
  return data?.value.kind === 'object' ? entry(data.value, 'MetadataOptions') : undefined;
}

const rule: IacRule = {
  id: 'CKV_AWS_79',
  scanner: 'iac',
  title: 'Ensure Instance Metadata Service Version 1 is not enabled',
  severity: 'medium',
  cwe: [1188],
  description:
    'The instance metadata service accepts IMDSv1 requests, so a server-side request forgery in any app on the instance can read its IAM role credentials. Require session tokens (IMDSv2): `metadata_options { http_tokens = "required" }` (Terraform) or `MetadataOptions: { HttpTokens: required }` (CloudFormation).',
  resources: {
    terraform: ['aws_instance', 'aws_launch_template'],
    cloudformation: ['AWS::EC2::LaunchTemplate'],
  },
  evaluate(resource): IacCheckResult {
    const keys = resource.framework === 'terraform' ? TERRAFORM : CLOUDFORMATION;
    const options = metadataOptions(resource);
    if (!options) {
      return { status: 'failed', message: 'IMDSv1 is enabled (no metadata options; the default allows IMDSv1 for most AMIs)' };
    }
    if (options.value.kind !== 'object') return options.value.kind === 'expression' ? { status: 'unknown' } : { status: 'failed', at: options.range };
    const object = options.value;
    // Passes when tokens are required, or when the metadata service is turned off altogether.
    if (lower(object, keys.tokens) === 'required' || lower(object, keys.endpoint) === 'disabled') return { status: 'passed' };
    const tokens = entry(object, keys.tokens);
    if (tokens?.value.kind === 'expression' || entry(object, keys.endpoint)?.value.kind === 'expression') return { status: 'unknown' };
    if (!tokens) {
      return { status: 'failed', at: options.range, message: `IMDSv1 is enabled (${keys.tokens} is not set; the default allows IMDSv1 for most AMIs)` };
    }
    return {
      status: 'failed',
      at: tokens.range,
      message: `IMDSv1 is enabled (${keys.tokens} is "${asString(tokens.value) ?? ''}")`,
      // Replaces the value in place: a JSON string is valid HCL, YAML and JSON.
      fix: { title: `Set ${keys.tokens} to "required"`, edits: [{ range: tokens.value.range, newText: '"required"' }] },
    };
  },
};

export default rule;
