/**
 * The Terraform model resolves what Checkov's Terraform graph resolves within a module: variables
 * (defaults, `.tfvars` precedence), locals, dynamic blocks, jsonencode, JSON in heredocs and
 * strings, policy documents of data sources, with findings on the line of the resource that
 * uses a value. Scans go through the engine with the real disk reader, as a workspace scan does.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { defaultConfig } from '../../server/src/engine/config/preflight';
import { DiskDirectoryReader, OverlayDirectoryReader, type DirectoryReader } from '../../server/src/engine/directory';
import { Engine } from '../../server/src/engine/engine';
import { mergeModule, terraformDeclarations, terraformResources } from '../../server/src/engine/scanners/iac/terraform';
import { entry, valueAt } from '../../server/src/engine/scanners/iac/model';
import type { Finding, ScanNotice } from '../../server/src/engine/types';
import { scanWorkspace } from '../../server/src/engine/workspace';
import { makeWorkspace } from '../support/workspace';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

const config = defaultConfig();

/** Scans `target` of a throwaway module directory; returns its findings of `ruleId` and its notices. */
function scanModule(files: Record<string, string>, target: string, ruleId: string): { findings: Finding[]; notices: ScanNotice[] } {
  const workspace = makeWorkspace(files);
  try {
    const directory = new DiskDirectoryReader(workspace.root, config.maxFileBytes);
    const result = engine.scanSource(Engine.source(target, files[target]), { config, directory });
    return { findings: result.findings.filter((finding) => finding.ruleId === ruleId), notices: result.notices };
  } finally {
    workspace.dispose();
  }
}

/** 0-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const line = text.split(/\r?\n/).findIndex((candidate) => candidate.includes(needle));
  assert.ok(line >= 0, `no line contains ${needle}`);
  return line;
}

const VOLUME = 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 10\n  encrypted         = var.encrypted\n}\n';

describe('variables', () => {
  test('var.x takes the default declared in a sibling file, and the finding stays on the use site', () => {
    const { findings } = scanModule({ 'infra/main.tf': VOLUME, 'infra/variables.tf': 'variable "encrypted" {\n  default = false\n}\n' }, 'infra/main.tf', 'CKV_AWS_3');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].file, 'infra/main.tf');
    assert.equal(findings[0].range.start.line, lineOf(VOLUME, 'encrypted         ='));
  });

  test('without the module (a lone document) the variable stays unknown: no verdict', () => {
    const findings = engine.scanSource(Engine.source('main.tf', VOLUME), { config }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_3');
    assert.equal(findings.length, 0);
  });

  test('terraform.tfvars overrides the default, and *.auto.tfvars override it in lexical order', () => {
    const declared = 'variable "encrypted" {\n  default = true\n}\n';
    assert.equal(scanModule({ 'main.tf': VOLUME, 'variables.tf': declared }, 'main.tf', 'CKV_AWS_3').findings.length, 0);
    assert.equal(scanModule({ 'main.tf': VOLUME, 'variables.tf': declared, 'terraform.tfvars': 'encrypted = false\n' }, 'main.tf', 'CKV_AWS_3').findings.length, 1);
    const auto = { 'main.tf': VOLUME, 'variables.tf': declared, 'terraform.tfvars': 'encrypted = true\n' };
    assert.equal(scanModule({ ...auto, 'a.auto.tfvars': 'encrypted = true\n', 'b.auto.tfvars': 'encrypted = false\n' }, 'main.tf', 'CKV_AWS_3').findings.length, 1, 'b.auto.tfvars is read last');
    assert.equal(scanModule({ ...auto, 'a.auto.tfvars': 'encrypted = false\n', 'b.auto.tfvars': 'encrypted = true\n' }, 'main.tf', 'CKV_AWS_3').findings.length, 0, 'b.auto.tfvars wins over a.auto.tfvars');
  });

  test('terraform.tfvars.json is read, after terraform.tfvars', () => {
    const files = { 'main.tf': VOLUME, 'variables.tf': 'variable "encrypted" {\n  default = true\n}\n', 'terraform.tfvars': 'encrypted = true\n', 'terraform.tfvars.json': '{ "encrypted": false }\n' };
    assert.equal(scanModule(files, 'main.tf', 'CKV_AWS_3').findings.length, 1);
  });

  test('a broken tfvars file is reported with its name and line, and the defaults are used', () => {
    const files = { 'main.tf': VOLUME, 'variables.tf': 'variable "encrypted" {\n  default = false\n}\n', 'terraform.tfvars': 'region = "eu-west-1"\nencrypted = = true\n' };
    const { findings, notices } = scanModule(files, 'main.tf', 'CKV_AWS_3');
    assert.equal(findings.length, 1, 'the default (false) still applies');
    const notice = notices.find((candidate) => candidate.message.includes('terraform.tfvars'));
    assert.ok(notice, `no notice about terraform.tfvars in ${JSON.stringify(notices)}`);
    assert.equal(notice.level, 'warning');
    assert.match(notice.message, /line 2/);
    // Scanning the broken file itself puts the notice on the broken line.
    const own = engine.scanSource(Engine.source('terraform.tfvars', files['terraform.tfvars']), { config }).notices;
    assert.equal(own[0]?.range?.start.line, 1);
  });

  test('a variable without a default and without a value stays unknown', () => {
    assert.equal(scanModule({ 'main.tf': VOLUME, 'variables.tf': 'variable "encrypted" {}\n' }, 'main.tf', 'CKV_AWS_3').findings.length, 0);
  });

  test('undeclared tfvars assignments are ignored, as Terraform ignores them', () => {
    assert.equal(scanModule({ 'main.tf': VOLUME, 'terraform.tfvars': 'encrypted = false\n' }, 'main.tf', 'CKV_AWS_3').findings.length, 0);
  });
});

const SSH_FROM_LOCAL = `resource "aws_security_group" "ssh" {
  name = "ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = local.admin_cidrs
  }
}
`;

describe('locals, dynamic blocks and JSON', () => {
  test('a chain of locals across files resolves to a list, reported where it is used', () => {
    const files = {
      'main.tf': SSH_FROM_LOCAL,
      'locals.tf': 'locals {\n  admin_cidrs = local.everyone\n  everyone    = [var.world]\n}\n',
      'variables.tf': 'variable "world" {\n  default = "0.0.0.0/0"\n}\n',
    };
    const { findings } = scanModule(files, 'main.tf', 'CKV_AWS_24');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, lineOf(SSH_FROM_LOCAL, 'cidr_blocks'));
  });

  test('a string template resolves when every interpolation is known', () => {
    const text = 'variable "network" {\n  default = "0.0.0.0"\n}\nlocals {\n  bits = 0\n}\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["${var.network}/${local.bits}"]\n}\n';
    const findings = engine.scanSource(Engine.source('t.tf', text), { config }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_24');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, lineOf(text, 'cidr_blocks'));
    const unknown = text.replace('${local.bits}', '${local.missing}');
    assert.equal(engine.scanSource(Engine.source('u.tf', unknown), { config }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_24').length, 0);
  });

  test('locals that refer to each other in a cycle stay unknown instead of looping', () => {
    const files = { 'main.tf': SSH_FROM_LOCAL, 'locals.tf': 'locals {\n  admin_cidrs = local.other\n  other = local.admin_cidrs\n}\n' };
    assert.equal(scanModule(files, 'main.tf', 'CKV_AWS_24').findings.length, 0);
  });

  test('a dynamic block reads as a nested block holding its content', () => {
    const text = `resource "aws_security_group" "dyn" {
  name = "dyn"
  dynamic "ingress" {
    for_each = [22]
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`;
    const findings = engine.scanSource(Engine.source('dyn.tf', text), { config }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_24');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, lineOf(text, 'cidr_blocks'));
  });

  test('jsonencode of an HCL object is the object model', () => {
    const parsed = engine.parse(Engine.source('p.tf', 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"] }]\n  })\n}\n'));
    try {
      const policy = entry(terraformResources(parsed)[0].body, 'policy')!.value;
      assert.equal(policy.kind, 'object');
      const statements = valueAt(policy.kind === 'object' ? policy : undefined, 'Statement');
      assert.equal(statements?.kind, 'list');
      const statement = statements?.kind === 'list' ? statements.items[0] : undefined;
      assert.equal(statement?.kind, 'object');
      const action = statement?.kind === 'object' ? entry(statement, 'Action')?.value : undefined;
      assert.deepEqual(action?.kind === 'list' ? action.items.map((item) => (item.kind === 'scalar' ? item.value : item.kind)) : action, ['s3:GetObject']);
      assert.equal(action?.range.start.line, 3);
    } finally {
      parsed.tree?.delete();
    }
  });

  const heredocPolicy = (eol: string, sid: string) =>
    [
      'resource "aws_iam_policy" "admin" {',
      '  name   = "admin"',
      '  policy = <<-EOF',
      '    {',
      '      "Version": "2012-10-17",',
      '      "Statement": [',
      `        { "Sid": "${sid}", "Effect": "Allow", "Action": "*",`,
      '          "Resource": "*" }',
      '      ]',
      '    }',
      '  EOF',
      '}',
      '',
    ].join(eol);

  for (const [name, eol, sid] of [
    ['LF', '\n', 'Admin'],
    ['CRLF', '\r\n', 'Admin'],
    ['non-ASCII before the action (UTF-16 columns)', '\n', 'Zugriff für 🚀 Ops'],
  ] as const) {
    test(`heredoc JSON keeps file positions (${name})`, () => {
      const text = heredocPolicy(eol, sid);
      const findings = engine.scanSource(Engine.source('admin.tf', text), { config }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_62');
      assert.equal(findings.length, 1);
      const line = lineOf(text, '"Action"');
      assert.equal(findings[0].range.start.line, line);
      assert.equal(findings[0].range.start.character, text.split(/\r?\n/)[line].indexOf('"Action"'));
    });
  }

  test('a BOM in the scanned file and in a sibling does not hide declarations', () => {
    const { findings } = scanModule({ 'main.tf': `\uFEFF${VOLUME}`, 'variables.tf': '\uFEFFvariable "encrypted" {\n  default = false\n}\n' }, 'main.tf', 'CKV_AWS_3');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 3);
  });

  test('a quoted JSON string in a policy attribute is a document placed on the string', () => {
    const text = 'resource "aws_iam_policy" "q" {\n  name   = "q"\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}"\n}\n';
    const findings = engine.scanSource(Engine.source('q.tf', text), { config }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_62');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 2);
  });

  test('an interpolation inside heredoc JSON makes that value unknown, not a literal', () => {
    const text = 'resource "aws_iam_policy" "i" {\n  policy = <<EOF\n{"Statement": [{"Effect": "Allow", "Action": "${var.action}", "Resource": "*"}]}\nEOF\n}\n';
    const parsed = engine.parse(Engine.source('i.tf', text));
    try {
      const policy = entry(terraformResources(parsed)[0].body, 'policy')!.value;
      const statements = valueAt(policy.kind === 'object' ? policy : undefined, 'Statement');
      const statement = statements?.kind === 'list' ? statements.items[0] : undefined;
      const action = statement?.kind === 'object' ? entry(statement, 'Action')?.value : undefined;
      assert.equal(action?.kind, 'expression');
      assert.equal(action?.kind === 'expression' ? action.text : '', '"${var.action}"');
    } finally {
      parsed.tree?.delete();
    }
  });

  test('policy = data.aws_iam_policy_document.x.json in a sibling file is checked on the policy line', () => {
    const main = 'resource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = data.aws_iam_policy_document.admin.json\n}\n';
    const documents = 'data "aws_iam_policy_document" "admin" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\n';
    const { findings } = scanModule({ 'main.tf': main, 'iam.tf': documents }, 'main.tf', 'CKV_AWS_62');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 2);
  });
});

describe('module context', () => {
  test('mergeModule applies Terraform precedence independent of the order files are listed', () => {
    const parse = (path: string, text: string) => {
      const parsed = engine.parse(Engine.source(path, text));
      try {
        return { name: path, declarations: terraformDeclarations(parsed) };
      } finally {
        parsed.tree?.delete();
      }
    };
    const module = mergeModule([
      parse('z.auto.tfvars', 'size = 3\n'),
      parse('terraform.tfvars', 'size = 2\n'),
      parse('variables.tf', 'variable "size" {\n  default = 1\n}\n'),
    ]);
    const size = module.variables.get('size');
    assert.equal(size?.kind === 'scalar' ? size.value : undefined, 3);
  });

  test('the result cache follows sibling content: editing a sibling on disk changes the verdict after invalidation', () => {
    const workspace = makeWorkspace({ 'main.tf': VOLUME, 'variables.tf': 'variable "encrypted" {\n  default = false\n}\n' });
    try {
      const disk = new DiskDirectoryReader(workspace.root, config.maxFileBytes);
      const scan = (directory: DirectoryReader) =>
        engine.scanSource(Engine.source('main.tf', VOLUME), { config, directory }).findings.filter((finding) => finding.ruleId === 'CKV_AWS_3').length;
      assert.equal(scan(disk), 1);
      writeFileSync(workspace.path('variables.tf'), 'variable "encrypted" {\n  default = true\n}\n');
      assert.equal(scan(disk), 1, 'the disk reader keeps what it read until told the file changed');
      disk.invalidate('variables.tf');
      assert.equal(scan(disk), 0);
      // An unsaved editor buffer wins over the disk.
      const overlay = new OverlayDirectoryReader(disk, (path) => (path === 'variables.tf' ? 'variable "encrypted" {\n  default = false\n}\n' : undefined), () => ['variables.tf']);
      assert.equal(scan(overlay), 1);
    } finally {
      workspace.dispose();
    }
  });

  test('a workspace scan resolves variables across the files of each directory', async () => {
    const workspace = makeWorkspace({ 'infra/main.tf': VOLUME, 'infra/variables.tf': 'variable "encrypted" {\n  default = false\n}\n', 'other/main.tf': VOLUME });
    try {
      const result = await scanWorkspace(engine, workspace.root, { config });
      const files = result.findings.filter((finding) => finding.ruleId === 'CKV_AWS_3').map((finding) => finding.file);
      assert.deepEqual(files, ['infra/main.tf'], 'other/ has no such variable: its value stays unknown');
    } finally {
      workspace.dispose();
    }
  });
});

describe('connected resources (the S3 settings of provider v4+, as Checkov’s graph connects them)', () => {
  const BUCKET = 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n';
  const versioning = (status: string, bucket = 'aws_s3_bucket.data.id') =>
    `resource "aws_s3_bucket_versioning" "data" {\n  bucket = ${bucket}\n  versioning_configuration {\n    status = ${status}\n  }\n}\n`;

  test('a versioning resource in a sibling file of the module decides for the bucket', () => {
    assert.deepEqual(scanModule({ 'main.tf': BUCKET, 'versioning.tf': versioning('"Enabled"') }, 'main.tf', 'CKV_AWS_21').findings, []);
    const suspended = scanModule({ 'main.tf': BUCKET, 'versioning.tf': versioning('"Suspended"') }, 'main.tf', 'CKV_AWS_21').findings;
    assert.equal(suspended.length, 1);
    assert.equal(suspended[0].range.start.line, 0, 'on the bucket, where Checkov reports it');
    assert.match(suspended[0].message, /in aws_s3_bucket_versioning\.data/);
    assert.ok(!suspended[0].fixes.some((fix) => fix.kind === 'fix'), 'no edit of another file from this file’s fix');
    // A lone document: nothing refers to the bucket, so it fails as in Checkov on that file alone.
    assert.equal(engine.scanSource(Engine.source('main.tf', BUCKET), { config }).findings.filter((f) => f.ruleId === 'CKV_AWS_21').length, 1);
  });

  test('only a reference to this very bucket connects: not a longer name, not a literal bucket name', () => {
    for (const bucket of ['aws_s3_bucket.data_archive.id', '"data"', 'module.store.aws_s3_bucket.data.id']) {
      assert.equal(scanModule({ 'main.tf': BUCKET + versioning('"Enabled"', bucket) }, 'main.tf', 'CKV_AWS_21').findings.length, 1, bucket);
    }
    for (const bucket of ['aws_s3_bucket.data.bucket', '"${aws_s3_bucket.data.id}"', 'aws_s3_bucket.data[0].id']) {
      assert.deepEqual(scanModule({ 'main.tf': BUCKET + versioning('"Enabled"', bucket) }, 'main.tf', 'CKV_AWS_21').findings, [], bucket);
    }
  });

  test('a connected resource in the same file: the fix edits it, and a status from a variable gives no verdict', () => {
    const text = BUCKET + versioning('"Suspended"');
    const [finding] = engine.scanSource(Engine.source('main.tf', text), { config }).findings.filter((f) => f.ruleId === 'CKV_AWS_21');
    const fix = finding.fixes.find((candidate) => candidate.kind === 'fix')!;
    assert.deepEqual(fix.edits.map((edit) => [edit.range.start.line, edit.newText]), [[6, '"Enabled"']]);
    assert.deepEqual(scanModule({ 'main.tf': BUCKET, 'versioning.tf': versioning('var.status') }, 'main.tf', 'CKV_AWS_21').findings, []);
  });
});
