import { entry, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

/** The AWS managed AdministratorAccess policy, in any partition (aws, aws-cn, aws-us-gov). */
const ADMINISTRATOR_ACCESS = /^arn:aws(-[a-z-]+)?:iam::aws:policy\/AdministratorAccess$/;

/** The attribute holding the attached policy ARN(s), per resource type. */
const ARN_KEY: Record<string, string> = {
  aws_iam_role: 'managed_policy_arns',
  aws_iam_policy_attachment: 'policy_arn',
  aws_iam_role_policy_attachment: 'policy_arn',
  aws_iam_user_policy_attachment: 'policy_arn',
  aws_iam_group_policy_attachment: 'policy_arn',
  aws_ssoadmin_managed_policy_attachment: 'managed_policy_arn',
};

const rule: IacRule = {
  id: 'CKV_AWS_274',
  scanner: 'iac',
  title: 'Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy',
  severity: 'high',
  cwe: [269],
  description:
    'The AWS managed AdministratorAccess policy is attached to a role, user, group or permission set: every action on every resource. Attach a policy limited to what the principal needs.',
  resources: { terraform: Object.keys(ARN_KEY) },
  evaluate(resource): IacCheckResult {
    const found = entry(resource.body, ARN_KEY[resource.type]);
    if (!found) return { status: 'passed' };
    const values: IacValue[] = found.value.kind === 'list' ? found.value.items : [found.value];
    let unknown = false;
    for (const value of values) {
      if (value.kind === 'expression') unknown = true;
      if (value.kind === 'scalar' && typeof value.value === 'string' && ADMINISTRATOR_ACCESS.test(value.value)) {
        return { status: 'failed', at: found.range, message: 'The AWS managed AdministratorAccess policy is attached' };
      }
    }
    return unknown ? { status: 'unknown' } : { status: 'passed' };
  },
};

export default rule;
