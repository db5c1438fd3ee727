/**
 * IAM policy documents of Terraform and CloudFormation resources as statements with positions,
 * and the action classes the IAM checks look for. Not a rule: this folder has no rule.ts.
 *
 * Where documents come from:
 * - Terraform `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy`
 *   (`policy`), `aws_iam_role` (`assume_role_policy`, `inline_policy { policy }`),
 *   `data "aws_iam_policy_document"` (its `statement` blocks). `jsonencode(…)`, heredocs, JSON
 *   strings, locals, variables and `data.aws_iam_policy_document.x.json` are resolved by the
 *   Terraform adapter, so a document here is an object or a JSON string.
 * - CloudFormation `AWS::IAM::Policy` / `ManagedPolicy` (`PolicyDocument`), `AWS::IAM::Role`
 *   (`AssumeRolePolicyDocument`, `Policies[].PolicyDocument`), `AWS::IAM::User` / `Group` (`Policies`).
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { entry, objectsAt, type IacObject, type IacResource, type IacValue } from '../../../server/src/engine/scanners/iac/model';
import { relocate, renderPolicyDocument } from '../../../server/src/engine/scanners/iac/terraform';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';
import type { Range } from '../../../server/src/engine/types';

/** The strings of one statement element (`Action`, `Resource`…) and where it is written. */
export interface PolicyStrings {
  values: string[];
  /** Some item is only known at deploy time. */
  unknown: boolean;
  at: Range;
}

export interface PolicyStatement {
  /** `Allow` (also when absent, as Checkov reads it) or `Deny`; undefined when only known at deploy time. */
  effect: 'Allow' | 'Deny' | undefined;
  action?: PolicyStrings;
  notAction?: PolicyStrings;
  resource?: PolicyStrings;
  notResource?: PolicyStrings;
  /** `Principal` as written: `"*"` or `{ AWS: …, Service: … }`. */
  principal?: IacValue;
  condition?: IacValue;
  range: Range;
}

export interface PolicyDocument {
  /** `identity`: what a principal may do. `trust`: who may assume a role. */
  kind: 'identity' | 'trust';
  statements: PolicyStatement[];
  /** The document (or a statement) is only known at deploy time: no verdict on what is missing. */
  unknown: boolean;
  at: Range;
}

export const IDENTITY_POLICY_RESOURCES = {
  terraform: ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'],
  cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
};
export const POLICY_DOCUMENT_DATA = 'data.aws_iam_policy_document';

/** Every policy document of a resource, of the kinds asked for. */
export function policyDocuments(resource: IacResource, kinds: ReadonlyArray<PolicyDocument['kind']> = ['identity']): PolicyDocument[] {
  const found: { kind: PolicyDocument['kind']; value: IacValue }[] = [];
  const body = resource.body;
  const add = (kind: PolicyDocument['kind'], value: IacValue | undefined) => {
    if (value && kinds.includes(kind)) found.push({ kind, value });
  };
  switch (resource.type) {
    case 'aws_iam_policy':
    case 'aws_iam_role_policy':
    case 'aws_iam_user_policy':
    case 'aws_iam_group_policy':
      add('identity', entry(body, 'policy')?.value);
      break;
    case 'aws_iam_role':
      add('trust', entry(body, 'assume_role_policy')?.value);
      for (const inline of objectsAt(body, 'inline_policy')) add('identity', entry(inline, 'policy')?.value);
      break;
    case POLICY_DOCUMENT_DATA:
      add('identity', renderPolicyDocument(body));
      break;
    case 'AWS::IAM::Policy':
    case 'AWS::IAM::ManagedPolicy':
      add('identity', entry(body, 'PolicyDocument')?.value);
      break;
    case 'AWS::IAM::Role':
    case 'AWS::IAM::User':
    case 'AWS::IAM::Group':
      if (resource.type === 'AWS::IAM::Role') add('trust', entry(body, 'AssumeRolePolicyDocument')?.value);
      for (const inline of objectsAt(body, 'Policies')) add('identity', entry(inline, 'PolicyDocument')?.value);
      break;
  }
  return found.map(({ kind, value }) => toDocument(kind, value));
}

function toDocument(kind: PolicyDocument['kind'], written: IacValue): PolicyDocument {
  const value = written.kind === 'scalar' && typeof written.value === 'string' ? (parseJson(written.value, written.range) ?? written) : written;
  const document: PolicyDocument = { kind, statements: [], unknown: false, at: written.range };
  if (value.kind !== 'object') {
    document.unknown = true;
    return document;
  }
  const statementValue = entry(value, 'Statement')?.value;
  const items = statementValue?.kind === 'list' ? statementValue.items : statementValue ? [statementValue] : [];
  if (statementValue?.kind === 'expression') document.unknown = true;
  for (const item of items) {
    if (item.kind !== 'object') {
      document.unknown = true;
      continue;
    }
    // Checkov reads a statement without Effect as Allow (AWS would reject it); an expression is unknown.
    const effectValue = entry(item, 'Effect')?.value;
    const effectText = effectValue === undefined ? 'Allow' : effectValue.kind === 'scalar' ? String(effectValue.value) : undefined;
    const effect = effectText === 'Allow' || effectText === 'Deny' ? effectText : undefined;
    document.statements.push({
      effect,
      action: strings(item, 'Action'),
      notAction: strings(item, 'NotAction'),
      resource: strings(item, 'Resource'),
      notResource: strings(item, 'NotResource'),
      principal: entry(item, 'Principal')?.value,
      condition: entry(item, 'Condition')?.value,
      range: item.range,
    });
  }
  return document;
}

/** A JSON string (a policy written as text, e.g. a heredoc held in a local) as a value placed on the string. */
function parseJson(text: string, range: Range): IacValue | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  const errors: { error: number; offset: number; length: number }[] = [];
  const root = parseTree(text, errors);
  if (!root || errors.length > 0) return undefined;
  return relocate(fromJson(root, range), range);
}

function fromJson(node: JsonNode, range: Range): IacValue {
  if (node.type === 'object') {
    return {
      kind: 'object',
      range,
      entries: (node.children ?? []).flatMap((property) => {
        const [key, value] = property.children ?? [];
        return key && value ? [{ key: String(key.value), keyRange: range, range, value: fromJson(value, range) }] : [];
      }),
    };
  }
  if (node.type === 'array') return { kind: 'list', range, items: (node.children ?? []).map((child) => fromJson(child, range)) };
  return { kind: 'scalar', range, value: (node.value as string | number | boolean | null | undefined) ?? null };
}

function strings(statement: IacObject, key: string): PolicyStrings | undefined {
  const found = entry(statement, key);
  if (!found) return undefined;
  const items = found.value.kind === 'list' ? found.value.items : [found.value];
  const values: string[] = [];
  let unknown = false;
  for (const item of items) {
    if (item.kind === 'scalar' && item.value !== null) values.push(String(item.value));
    else unknown = true;
  }
  return { values, unknown, at: found.range };
}

// ---- matching ---------------------------------------------------------------------------------

/** IAM action patterns are case-insensitive globs (`*`, `?`). */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(action);
}

/** Allow statements whose resource is unconstrained: `Resource: "*"`, or `NotResource` (everything but a list). */
export function unconstrainedAllows(document: PolicyDocument): PolicyStatement[] {
  return document.statements.filter(
    (statement) => statement.effect === 'Allow' && (statement.resource?.values.includes('*') || (statement.notResource !== undefined && statement.resource === undefined)),
  );
}

/** Whether a statement allows `action`: one of its `Action` patterns matches, or `NotAction` leaves it out. */
export function statementAllows(statement: PolicyStatement, action: string): boolean {
  if (statement.action) return statement.action.values.some((pattern) => actionMatches(pattern, action));
  if (statement.notAction) return !statement.notAction.values.some((pattern) => actionMatches(pattern, action));
  return false;
}

/** Where to report a statement: its Action (or NotAction), else the statement. */
export function statementAt(statement: PolicyStatement): Range {
  return (statement.action ?? statement.notAction)?.at ?? statement.range;
}

/** Whether any statement element of the documents is only known at deploy time. */
export function anyUnknown(documents: PolicyDocument[]): boolean {
  return documents.some((document) => document.unknown || document.statements.some((statement) => statement.effect === undefined || statement.action?.unknown || statement.resource?.unknown));
}

// ---- action classes ---------------------------------------------------------------------------

/**
 * Privilege escalation paths (Rhino Security Labs' research, as cloudsplaining and Checkov use
 * it): a policy escalates when it allows every action of one path.
 */
export const PRIVILEGE_ESCALATION_PATHS: readonly (readonly string[])[] = [
  ['iam:CreatePolicyVersion'],
  ['iam:SetDefaultPolicyVersion'],
  ['iam:CreateAccessKey'],
  ['iam:CreateLoginProfile'],
  ['iam:UpdateLoginProfile'],
  ['iam:AttachUserPolicy'],
  ['iam:AttachGroupPolicy'],
  ['iam:AttachRolePolicy', 'sts:AssumeRole'],
  ['iam:PutUserPolicy'],
  ['iam:PutGroupPolicy'],
  ['iam:PutRolePolicy', 'sts:AssumeRole'],
  ['iam:AddUserToGroup'],
  ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  ['lambda:UpdateFunctionCode'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['glue:UpdateDevEndpoint'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['iam:PassRole', 'datapipeline:CreatePipeline'],
  ['codestar:CreateProjectFromTemplate'],
  ['iam:PassRole', 'codestar:CreateProject'],
  ['iam:PassRole', 'sagemaker:CreateNotebookInstance'],
  ['sagemaker:CreatePresignedNotebookInstanceUrl'],
];

/** Actions that hand out credentials or secrets that stand for an identity. */
export const CREDENTIALS_EXPOSURE_ACTIONS = [
  'chime:CreateApiKey',
  'codepipeline:PollForJobs',
  'cognito-identity:GetOpenIdToken',
  'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-identity:GetCredentialsForIdentity',
  'connect:GetFederationToken',
  'connect:GetFederationTokens',
  'ec2:GetPasswordData',
  'ecr:GetAuthorizationToken',
  'gamelift:RequestUploadCredentials',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:CreateServiceSpecificCredential',
  'iam:ResetServiceSpecificCredential',
  'iam:UpdateAccessKey',
  'lightsail:GetInstanceAccessDetails',
  'lightsail:GetRelationalDatabaseMasterUserPassword',
  'rds-db:Connect',
  'redshift:GetClusterCredentials',
  'sso:GetRoleCredentials',
  'mediapackage:RotateChannelCredentials',
  'mediapackage:RotateIngestEndpointCredentials',
  'sts:AssumeRole',
  'sts:AssumeRoleWithSaml',
  'sts:AssumeRoleWithWebIdentity',
  'sts:GetFederationToken',
  'sts:GetSessionToken',
];

/** Actions that read data out: objects, parameters, secrets. */
export const DATA_EXFILTRATION_ACTIONS = ['s3:GetObject', 'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'secretsmanager:GetSecretValue'];

/** Actions whose access level is "Permissions management": they change who may do what. */
export const PERMISSIONS_MANAGEMENT_ACTIONS = [
  'iam:AttachGroupPolicy', 'iam:AttachRolePolicy', 'iam:AttachUserPolicy', 'iam:CreatePolicy', 'iam:CreatePolicyVersion',
  'iam:DeleteGroupPolicy', 'iam:DeletePolicy', 'iam:DeletePolicyVersion', 'iam:DeleteRolePolicy', 'iam:DeleteUserPolicy',
  'iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary', 'iam:DetachGroupPolicy', 'iam:DetachRolePolicy',
  'iam:DetachUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePermissionsBoundary', 'iam:PutRolePolicy', 'iam:PutUserPermissionsBoundary',
  'iam:PutUserPolicy', 'iam:SetDefaultPolicyVersion', 'iam:UpdateAssumeRolePolicy', 'iam:CreateAccessKey', 'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile', 'iam:AddUserToGroup', 'iam:PassRole',
  's3:PutBucketPolicy', 's3:DeleteBucketPolicy', 's3:PutBucketAcl', 's3:PutObjectAcl', 's3:PutObjectVersionAcl',
  's3:PutBucketPublicAccessBlock', 's3:PutAccountPublicAccessBlock', 's3:PutAccessPointPolicy', 's3:BypassGovernanceRetention',
  'kms:CreateGrant', 'kms:PutKeyPolicy', 'kms:RetireGrant', 'kms:RevokeGrant',
  'sqs:AddPermission', 'sqs:RemovePermission', 'sns:AddPermission', 'sns:RemovePermission', 'sns:SetTopicAttributes',
  'lambda:AddPermission', 'lambda:RemovePermission', 'lambda:AddLayerVersionPermission', 'lambda:RemoveLayerVersionPermission',
  'ecr:SetRepositoryPolicy', 'ecr:DeleteRepositoryPolicy', 'secretsmanager:PutResourcePolicy', 'secretsmanager:DeleteResourcePolicy',
  'logs:PutResourcePolicy', 'logs:DeleteResourcePolicy', 'glacier:SetVaultAccessPolicy', 'ec2:ModifySnapshotAttribute',
  'ec2:ModifyImageAttribute', 'organizations:AttachPolicy', 'organizations:DetachPolicy', 'ram:CreateResourceShare',
];

/** Verbs of actions with access level "Write" (an approximation of the AWS service authorization reference). */
const WRITE_VERBS = [
  'Create', 'Delete', 'Put', 'Update', 'Modify', 'Attach', 'Detach', 'Start', 'Stop', 'Terminate', 'Run', 'Reboot', 'Add', 'Remove',
  'Set', 'Enable', 'Disable', 'Associate', 'Disassociate', 'Register', 'Deregister', 'Restore', 'Import', 'Invoke', 'Publish', 'Send',
  'Upload', 'Reset', 'Rotate', 'Cancel', 'Copy', 'Replace', 'Revoke', 'Authorize', 'Accept', 'Reject', 'Execute', 'Change', 'Purge',
  'Restart', 'Release', 'Allocate', 'Deploy', 'Batch', 'Write', 'Pass',
];

/** Account-level actions that accept no resource but `*`: allowing them on `*` is not a finding. */
const UNRESTRICTABLE_ACTIONS = [
  'sts:GetCallerIdentity', 'ecr:GetAuthorizationToken', 'cloudwatch:PutMetricData', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords',
  's3:ListAllMyBuckets', 'iam:ListRoles', 'iam:ListUsers', 'iam:ListGroups', 'iam:ListPolicies', 'iam:GetAccountSummary',
  'lambda:ListFunctions', 'dynamodb:ListTables', 'sqs:ListQueues', 'sns:ListTopics', 'kms:ListKeys', 'kms:ListAliases', 'kms:CreateKey',
  'logs:DescribeLogGroups', 'cloudwatch:ListMetrics', 'cloudwatch:GetMetricData', 'ec2:Describe*', 'autoscaling:Describe*',
  'elasticloadbalancing:Describe*', 'cloudformation:ListStacks', 'secretsmanager:ListSecrets', 'ssm:DescribeParameters',
  'tag:GetResources', 'route53:ListHostedZones', 'acm:ListCertificates', 'ecr:DescribeRepositories',
];

/** Whether a pattern, allowed on `*`, covers one of the listed actions. */
function coversAny(pattern: string, actions: readonly string[]): string | undefined {
  return actions.find((action) => actionMatches(pattern, action));
}

export function isWriteAction(pattern: string): boolean {
  const [service, name = ''] = pattern.split(':');
  if (pattern === '*' || name === '*') return service !== undefined;
  const lower = name.toLowerCase();
  return WRITE_VERBS.some((verb) => {
    const v = verb.toLowerCase();
    // A wildcard pattern counts when it could name a write action ("Put*", "P*"); a literal one when it starts with a write verb.
    return lower.startsWith(v) || (lower.includes('*') && actionMatches(name, `${verb}Anything`));
  });
}

/** Whether an action (or pattern) can be limited to specific resources, so `Resource: "*"` is a choice. */
export function isRestrictable(pattern: string): boolean {
  if (pattern === '*' || pattern.endsWith(':*')) return true;
  return !UNRESTRICTABLE_ACTIONS.some((unrestrictable) => actionMatches(unrestrictable, pattern));
}

export interface ActionFinding {
  statement: PolicyStatement;
  /** What was matched, for the message. */
  what: string;
}

/** The first unconstrained Allow statement that allows one of `actions`. */
export function allowsAnyOf(documents: PolicyDocument[], actions: readonly string[]): ActionFinding | undefined {
  for (const document of documents) {
    for (const statement of unconstrainedAllows(document)) {
      for (const pattern of statement.action?.values ?? []) {
        const covered = coversAny(pattern, actions);
        if (covered) return { statement, what: pattern.toLowerCase() === covered.toLowerCase() ? covered : `"${pattern}" (which includes ${covered})` };
      }
      if (statement.notAction) {
        const covered = actions.find((action) => statementAllows(statement, action));
        if (covered) return { statement, what: `NotAction (which allows ${covered})` };
      }
    }
  }
  return undefined;
}

/** The first escalation path whose every action is allowed on `*` (across the statements of one document). */
export function privilegeEscalation(documents: PolicyDocument[]): ActionFinding | undefined {
  for (const document of documents) {
    const statements = unconstrainedAllows(document);
    for (const path of PRIVILEGE_ESCALATION_PATHS) {
      const allowing = path.map((action) => statements.find((statement) => statementAllows(statement, action)));
      if (allowing.every(Boolean)) return { statement: allowing[0]!, what: path.join(' + ') };
    }
  }
  return undefined;
}

/** The first unconstrained Allow statement with an action that matches `predicate`. */
export function allowsActionWhere(documents: PolicyDocument[], predicate: (pattern: string) => boolean): ActionFinding | undefined {
  for (const document of documents) {
    for (const statement of unconstrainedAllows(document)) {
      if (statement.notAction) return { statement, what: 'NotAction' };
      const pattern = statement.action?.values.find(predicate);
      if (pattern) return { statement, what: pattern };
    }
  }
  return undefined;
}

/** Fails on the first statement `find` reports; unknown when it reports none but part of a document is decided at deploy time. */
export function checkPolicies(
  resource: IacResource,
  find: (documents: PolicyDocument[]) => ActionFinding | undefined,
  message: (finding: ActionFinding) => string,
  kinds: ReadonlyArray<PolicyDocument['kind']> = ['identity'],
): IacCheckResult {
  const documents = policyDocuments(resource, kinds);
  const found = find(documents);
  if (found) return { status: 'failed', at: statementAt(found.statement), message: message(found) };
  return anyUnknown(documents) ? { status: 'unknown' } : { status: 'passed' };
}

/** A statement that allows every action: `Action` holds `*` or `*:*`. */
export function allowsAllActions(statement: PolicyStatement): boolean {
  return statement.effect === 'Allow' && (statement.action?.values.some((action) => action === '*' || action === '*:*') ?? false);
}
