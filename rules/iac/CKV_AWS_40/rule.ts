import { entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';

/** The attribute that names the users a policy is attached to, per resource type. */
const USER_KEY: Record<string, string> = {
  aws_iam_user_policy: 'user',
  aws_iam_user_policy_attachment: 'user',
  aws_iam_policy_attachment: 'users',
  'AWS::IAM::Policy': 'Users',
};

const rule: IacRule = {
  id: 'CKV_AWS_40',
  scanner: 'iac',
  title:
    'Ensure IAM policies are attached only to groups or roles (Reducing access management complexity may in-turn reduce opportunity for a principal to inadvertently receive or retain excessive privileges.)',
  severity: 'low',
  cwe: [269],
  description:
    'A policy is attached directly to an IAM user. Attach it to a group the user belongs to, or to a role, so permissions are granted and reviewed in one place.',
  resources: {
    terraform: ['aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
    cloudformation: ['AWS::IAM::Policy'],
  },
  evaluate(resource): IacCheckResult {
    const key = USER_KEY[resource.type];
    const users = entry(resource.body, key);
    const alwaysUser = resource.type === 'aws_iam_user_policy' || resource.type === 'aws_iam_user_policy_attachment';
    if (!alwaysUser) {
      if (!users) return { status: 'passed' };
      if (users.value.kind === 'list' && users.value.items.length === 0) return { status: 'passed' };
      if (users.value.kind === 'scalar' && users.value.value === null) return { status: 'passed' };
    }
    return { status: 'failed', at: users?.range, message: 'The policy is attached directly to a user; attach it to a group or a role' };
  },
};

export default rule;
