import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { fixValue, lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_50',
  scanner: 'iac',
  title: 'X-Ray tracing is enabled for Lambda',
  severity: 'low',
  cwe: [778],
  description:
    'The function sends no traces to AWS X-Ray, so slow or failing calls to other services cannot be followed through the system. Add `tracing_config { mode = "Active" }`.',
  resources: { terraform: ['aws_lambda_function'] },
  evaluate(resource): IacCheckResult {
    const path = 'tracing_config.mode';
    const found = lookup(resource, { terraform: path });
    if (found.kind === 'unknown' || (found.kind === 'found' && found.entry.value.kind === 'expression')) return { status: 'unknown' };
    const mode = found.kind === 'found' && found.entry.value.kind === 'scalar' ? String(found.entry.value.value) : undefined;
    // PassThrough traces requests that arrive already sampled upstream; Checkov accepts both modes.
    if (mode === 'Active' || mode === 'PassThrough') return { status: 'passed' };
    return {
      status: 'failed',
      at: found.kind === 'found' ? found.entry.range : undefined,
      message: 'X-Ray tracing is not enabled (no tracing_config with mode "Active" or "PassThrough")',
      fix: fixValue(resource, found, path, '"Active"', 'Set tracing_config.mode to "Active"'),
    };
  },
};

export default rule;
