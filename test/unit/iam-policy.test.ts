/**
 * The IAM policy model shared by the IAM checks (rules/iac/_shared/policy.ts): where documents
 * come from for each resource kind, statements with positions, and how actions are matched.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { actionMatches, allowsAnyOf, CREDENTIALS_EXPOSURE_ACTIONS, policyDocuments, privilegeEscalation } from '../../rules/iac/_shared/policy';
import { Engine } from '../../server/src/engine/engine';
import { cloudFormationResources } from '../../server/src/engine/scanners/iac/cloudformation';
import type { IacResource } from '../../server/src/engine/scanners/iac/model';
import { terraformResources } from '../../server/src/engine/scanners/iac/terraform';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

function terraform(text: string): IacResource[] {
  const parsed = engine.parse(Engine.source('main.tf', text));
  try {
    return terraformResources(parsed);
  } finally {
    parsed.tree?.delete();
  }
}

function cloudFormation(text: string, path = 'template.yaml'): IacResource[] {
  return cloudFormationResources(engine.parse(Engine.source(path, text))).resources;
}

describe('policy documents', () => {
  test('aws_iam_role: the trust policy and each inline_policy, told apart', () => {
    const [role] = terraform(`resource "aws_iam_role" "app" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  inline_policy {
    name   = "one"
    policy = jsonencode({ Statement = [{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }] })
  }
  inline_policy {
    name   = "two"
    policy = jsonencode({ Statement = [{ Effect = "Deny", Action = "s3:*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } }] })
  }
}
`);
    const trust = policyDocuments(role, ['trust']);
    assert.equal(trust.length, 1);
    assert.equal(trust[0].statements[0].principal?.kind, 'object');
    const identity = policyDocuments(role);
    assert.equal(identity.length, 2);
    assert.deepEqual(identity[0].statements[0].notAction?.values, ['iam:*']);
    assert.equal(identity[0].statements[0].notAction?.at.start.line, 6);
    assert.equal(identity[1].statements[0].effect, 'Deny');
    assert.equal(identity[1].statements[0].condition?.kind, 'object');
  });

  test('CloudFormation AWS::IAM::User and Group: each entry of Policies', () => {
    const resources = cloudFormation(`Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: one
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: iam:CreateAccessKey
                Resource: "*"
  Readers:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: read
          PolicyDocument: { Statement: [{ Effect: Allow, Action: [s3:GetObject], Resource: "*" }] }
`);
    const [user, group] = resources.map((resource) => policyDocuments(resource));
    assert.equal(user.length, 1);
    assert.equal(user[0].statements[0].action?.at.start.line, 9);
    assert.deepEqual(group[0].statements[0].action?.values, ['s3:GetObject']);
    assert.equal(allowsAnyOf(user, CREDENTIALS_EXPOSURE_ACTIONS)?.what, 'iam:CreateAccessKey');
  });

  test('a document that is a parameter or an intrinsic is unknown, not empty', () => {
    const [policy] = cloudFormation(`Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !Ref DocumentParameter
`);
    const [document] = policyDocuments(policy);
    assert.equal(document.unknown, true);
  });

  test('a data source renders statement blocks: principals, conditions, default Allow', () => {
    const [data] = terraform(`data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = ["partner"]
    }
  }
}
`);
    assert.equal(data.type, 'data.aws_iam_policy_document');
    const [statement] = policyDocuments(data)[0].statements;
    assert.equal(statement.effect, 'Allow');
    assert.equal(statement.principal?.kind === 'object' ? statement.principal.entries[0].key : undefined, 'AWS');
    const condition = statement.condition;
    assert.equal(condition?.kind === 'object' ? condition.entries[0].key : undefined, 'StringEquals');
  });
});

describe('matching', () => {
  test('action patterns are case-insensitive globs', () => {
    assert.ok(actionMatches('IAM:create*', 'iam:CreatePolicyVersion'));
    assert.ok(actionMatches('s3:Get?bject', 's3:GetObject'));
    assert.ok(!actionMatches('s3:Get*', 's3:PutObject'));
    assert.ok(!actionMatches('iam:Create', 'iam:CreateRole'), 'no implicit prefix match');
  });

  test('an escalation path can be spread over statements of one document, each on "*"', () => {
    const policy = (passRoleResource: string) =>
      cloudFormation(`Resources:
  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyDocument:
        Statement:
          - { Effect: Allow, Action: iam:PassRole, Resource: "${passRoleResource}" }
          - { Effect: Allow, Action: ["lambda:Create*", "lambda:InvokeFunction"], Resource: "*" }
`)[0];
    assert.equal(privilegeEscalation(policyDocuments(policy('*')))?.what, 'iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction');
    assert.equal(privilegeEscalation(policyDocuments(policy('arn:aws:iam::111122223333:role/app'))), undefined, 'PassRole limited to one role');
  });

  test('NotAction with Resource "*" allows what it does not list', () => {
    const [policy] = cloudFormation(`Resources:
  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyDocument:
        Statement:
          - { Effect: Allow, NotAction: ["iam:*", "sts:*"], Resource: "*" }
`);
    const documents = policyDocuments(policy);
    assert.match(allowsAnyOf(documents, CREDENTIALS_EXPOSURE_ACTIONS)?.what ?? '', /NotAction \(which allows (?!iam:|sts:)/);
    assert.equal(allowsAnyOf(documents, ['iam:CreateAccessKey']), undefined);
  });
});
