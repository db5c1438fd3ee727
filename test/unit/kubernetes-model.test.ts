/** The Kubernetes adapter: manifests → resources and containers with positions, skips and edits. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultConfig } from '../../server/src/engine/config/preflight';
import { applyEdits } from '../../server/src/engine/edits';
import { Engine } from '../../server/src/engine/engine';
import { kubernetesResources } from '../../server/src/engine/scanners/iac/kubernetes';
import { ParsedFile } from '../../server/src/engine/source';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

const config = defaultConfig();
const parse = (text: string, path = 'deploy/app.yaml') => kubernetesResources(new ParsedFile(Engine.source(path, text), undefined));
const scan = (text: string, path = 'deploy/app.yaml') => engine.scanSource(Engine.source(path, text), { config });

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: registry.example.com/migrate:1.0.0
      containers:
        - name: app
          image: registry.example.com/app:1.0.0
        - name: proxy
          image: envoyproxy/envoy:v1.31.2
`;

describe('kubernetes model', () => {
  test('multi-document YAML: a resource per document, a part per container, addressed as Checkov does', () => {
    const { resources, error } = parse(`${DEPLOYMENT}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n`);
    assert.equal(error, undefined);
    assert.deepEqual(
      resources.map((r) => [r.type, r.address]),
      [
        ['Deployment', 'Deployment.shop.web'],
        ['containers', 'Deployment.shop.web'],
        ['containers', 'Deployment.shop.web'],
        ['initContainers', 'Deployment.shop.web'],
        ['Service', 'Service.default.web'],
      ],
    );
    assert.deepEqual(resources.map((r) => r.part), [undefined, 'container "app"', 'container "proxy"', 'initContainer "migrate"', undefined]);
    const proxy = resources[2];
    assert.equal(proxy.parent?.address, 'Deployment.shop.web');
    assert.equal(proxy.headerRange.start.line, 14, 'a container finding without an attribute lands on its first line');
    assert.equal(resources[4].headerRange.start.line, DEPLOYMENT.split('\n').length + 1, 'the second document is positioned in the whole file');
  });

  test('a container check is reported once per workload, on the first failing container, with one fix for all of them', () => {
    const escalation = (text: string) => scan(text).findings.filter((f) => f.ruleId === 'CKV_K8S_20');
    const [finding, ...others] = escalation(DEPLOYMENT);
    assert.deepEqual(others, [], 'app, proxy and migrate all fail CKV_K8S_20: one finding, as Checkov reports');
    assert.equal(finding.range.start.line, 12, 'on the first failing container (app)');
    assert.match(finding.message, /\(Deployment\.shop\.web, container "app"\)$/);
    const fixed = applyEdits(DEPLOYMENT, finding.fixes.find((fix) => fix.kind === 'fix')!.edits);
    assert.equal(fixed.match(/allowPrivilegeEscalation: false/g)?.length, 3, fixed);
    assert.deepEqual(escalation(fixed), []);
    // Adding a failing container before the others moves the finding, not its fingerprint (it names the workload).
    const withSidecar = DEPLOYMENT.replace('      containers:\n', '      containers:\n        - name: sidecar\n          image: busybox:1.36\n');
    const moved = escalation(withSidecar);
    assert.equal(moved.length, 1);
    assert.match(moved[0].message, /container "sidecar"/);
    assert.equal(moved[0].fingerprint, finding.fingerprint);
  });

  test('a fix is offered only when it repairs every failing container', () => {
    const text = DEPLOYMENT.replace('          image: envoyproxy/envoy:v1.31.2\n', '          image: envoyproxy/envoy:v1.31.2\n          securityContext:\n            capabilities:\n              drop: ["CHOWN"]\n');
    const dropAll = scan(text).findings.filter((f) => f.ruleId === 'CKV_K8S_28');
    assert.equal(dropAll.length, 1);
    assert.ok(!dropAll[0].fixes.some((fix) => fix.kind === 'fix'), 'proxy\'s drop list has no automatic fix, so app\'s alone would leave the finding');
    assert.ok(dropAll[0].fixes.some((fix) => fix.kind === 'suppress'), 'the workload skip is still offered');
  });

  test('CronJob containers sit under jobTemplate and are found there', () => {
    const { resources } = parse(
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 1 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: run\n              image: busybox:1.36\n',
    );
    assert.deepEqual(resources.map((r) => [r.type, r.address]), [['CronJob', 'CronJob.default.nightly'], ['containers', 'CronJob.default.nightly']]);
    const findings = scan(
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          hostPID: true\n          containers:\n            - name: run\n              image: busybox:1.36\n',
    ).findings;
    assert.equal(findings.find((f) => f.ruleId === 'CKV_K8S_17')?.range.start.line, 9, 'the pod-level setting inside the job template');
  });

  test('CRLF and a UTF-8 BOM: lines and columns match what the editor shows; inserted lines keep CRLF', () => {
    const lf = DEPLOYMENT.replace('          image: envoyproxy/envoy:v1.31.2\n', '          image: envoyproxy/envoy:v1.31.2\n          securityContext:\n            privileged: true\n');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const privileged = (text: string) => scan(text).findings.find((f) => f.ruleId === 'CKV_K8S_16')!;
    assert.deepEqual(privileged(crlf).range, privileged(lf).range);
    assert.deepEqual(privileged(lf).range.start, { line: 17, character: 12 });
    const escalation = scan(crlf).findings.find((f) => f.ruleId === 'CKV_K8S_20')!;
    const fixed = applyEdits(crlf.replace(/^\uFEFF/, ''), escalation.fixes.find((fix) => fix.kind === 'fix')!.edits);
    assert.ok(fixed.includes('          image: registry.example.com/app:1.0.0\r\n          securityContext:\r\n            allowPrivilegeEscalation: false\r\n'), fixed);
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF introduced');
  });

  test('non-ASCII before a value: columns are UTF-16 code units', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: café\n  namespace: shop\nspec:\n  containers:\n    - {name: "é😀", image: "nginx:latest"}\n';
    const finding = scan(text).findings.find((f) => f.ruleId === 'CKV_K8S_14')!;
    assert.equal(finding.range.start.line, 7);
    assert.equal(finding.range.start.character, '    - {name: "é😀", '.length, 'the image attribute, counted in UTF-16 (😀 is two)');
    assert.match(finding.message, /\(Pod\.shop\.café, container "é😀"\)/);
  });

  test('Helm templates and other non-manifest YAML give no resources and no error', () => {
    const helm = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.replicas }}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image }}"\n          {{- toYaml .Values.resources | nindent 10 }}\n';
    assert.deepEqual(parse(helm, 'chart/templates/deployment.yaml'), { resources: [], error: undefined });
    assert.deepEqual(scan(helm, 'chart/templates/deployment.yaml'), { findings: [], notices: [] });
    const workflow = 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.sha }}"\n';
    assert.deepEqual(scan(workflow, '.github/workflows/ci.yml'), { findings: [], notices: [] });
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: x\n';
    assert.deepEqual(parse(template, 'template.yaml').resources, []);
    assert.ok(scan(template, 'template.yaml').findings.some((f) => f.ruleId === 'CKV_AWS_7'), 'CloudFormation still goes to its own adapter');
    // One templated document does not hide the plain documents beside it.
    const mixed = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n---\n${DEPLOYMENT}`;
    assert.deepEqual(parse(mixed).resources.map((r) => r.type), ['Deployment', 'containers', 'containers', 'initContainers']);
  });

  test('malformed YAML is reported with its position, not thrown', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\nspec:\n  containers: []\n';
    const { resources, error } = parse(broken);
    assert.deepEqual(resources, []);
    assert.ok(error && error.range.start.line >= 3, JSON.stringify(error));
    const { notices } = scan(broken);
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /Could not read this Kubernetes manifest/);
    assert.equal(notices[0].file, 'deploy/app.yaml');
  });

  test('skips: Checkov annotations on the workload (inherited by its containers) and checkov:skip comments', () => {
    const text = DEPLOYMENT.replace(
      '  namespace: shop\n',
      '  namespace: shop\n  annotations:\n    checkov.io/skip1: CKV_K8S_20=sidecar needs it\n    checkov.io/skip2: CKV_K8S_43\n    other: value\n  # checkov:skip=CKV_K8S_22:writes to its image\n',
    );
    const { resources } = parse(text);
    assert.deepEqual(resources[0].skips, [
      { checkId: 'CKV_K8S_20', reason: 'sidecar needs it' },
      { checkId: 'CKV_K8S_43', reason: undefined },
      { checkId: 'CKV_K8S_22', reason: 'writes to its image' },
    ]);
    const findings = scan(text).findings;
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    assert.ok(byRule('CKV_K8S_20').length === 1 && byRule('CKV_K8S_20').every((f) => f.suppressed?.by === 'checkov:skip' && f.suppressed.reason === 'sidecar needs it'));
    assert.ok(byRule('CKV_K8S_22').length === 1 && byRule('CKV_K8S_22').every((f) => f.suppressed));
    assert.ok(byRule('CKV_K8S_37').length === 1 && byRule('CKV_K8S_37').every((f) => !f.suppressed));
  });

  test('the skip quick fix writes the next free checkov.io/skipN annotation, which then suppresses the finding', () => {
    const text = DEPLOYMENT.replace('  namespace: shop\n', '  namespace: shop\n  annotations:\n    checkov.io/skip1: CKV_K8S_43=pinned by the registry\n');
    const finding = scan(text).findings.find((f) => f.ruleId === 'CKV_K8S_20')!;
    const skip = finding.fixes.find((fix) => fix.kind === 'suppress')!;
    const skipped = applyEdits(text, skip.edits);
    assert.ok(skipped.includes('    checkov.io/skip1: CKV_K8S_43=pinned by the registry\n    checkov.io/skip2: "CKV_K8S_20=Accepted risk: explain why here"\n'), skipped);
    const after = scan(skipped).findings.filter((f) => f.ruleId === 'CKV_K8S_20');
    assert.ok(after.length > 0 && after.every((f) => f.suppressed?.by === 'checkov:skip'));
    // Without annotations the block is created under metadata.
    const created = applyEdits(DEPLOYMENT, scan(DEPLOYMENT).findings.find((f) => f.ruleId === 'CKV_K8S_20')!.fixes.find((fix) => fix.kind === 'suppress')!.edits);
    assert.ok(created.includes('  namespace: shop\n  annotations:\n    checkov.io/skip1: "CKV_K8S_20=Accepted risk: explain why here"\nspec:\n'), created);
  });

  test('setAttribute fills an empty securityContext and leaves flow mappings alone', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27.2\n      securityContext: {}\n    - name: b\n      image: nginx:1.27.2\n      securityContext: {runAsNonRoot: true}\n';
    const [, a, b] = parse(text).resources;
    assert.equal(
      applyEdits(text, a.setAttribute('securityContext.readOnlyRootFilesystem', 'true')),
      text.replace('      securityContext: {}\n', '      securityContext:\n        readOnlyRootFilesystem: true\n'),
    );
    assert.deepEqual(b.setAttribute('securityContext.readOnlyRootFilesystem', 'true'), []);
    assert.equal(applyEdits(text, b.setAttribute('securityContext.runAsNonRoot', 'false')), text.replace('{runAsNonRoot: true}', '{runAsNonRoot: false}'));
  });
});
