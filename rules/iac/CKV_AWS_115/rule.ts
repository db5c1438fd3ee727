import { asNumber } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_115',
  scanner: 'iac',
  title: 'Ensure that AWS Lambda function is configured for function-level concurrent execution limit',
  severity: 'low',
  cwe: [770],
  description:
    'The function has no reserved concurrency, so a burst of events (or an attacker calling it in a loop) can use the whole account\'s concurrency and starve other functions, or run up cost. Set `reserved_concurrent_executions`.',
  resources: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function', 'AWS::Serverless::Function'] },
  evaluate(resource): IacCheckResult {
    const found = lookup(resource, { terraform: 'reserved_concurrent_executions', cloudformation: 'ReservedConcurrentExecutions' });
    if (found.kind === 'unknown') return { status: 'passed' };
    if (found.kind === 'missing') return { status: 'failed', message: 'No function-level concurrency limit is set (reserved concurrency is not configured)' };
    const value = found.entry.value;
    // -1 is Terraform's "no reserved concurrency" (a negative number is an expression to the parser).
    const unreserved = asNumber(value) === -1 || (value.kind === 'expression' && value.text.replace(/\s/g, '') === '-1');
    if (!unreserved && !(value.kind === 'scalar' && value.value === null)) return { status: 'passed' };
    return { status: 'failed', at: found.entry.range, message: 'No function-level concurrency limit is set (-1 removes the reservation)' };
  },
};

export default rule;
