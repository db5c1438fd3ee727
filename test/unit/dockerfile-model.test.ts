/** The Dockerfile adapter: language detection, instructions with positions, skips and edits. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultConfig } from '../../server/src/engine/config/preflight';
import { applyEdits } from '../../server/src/engine/edits';
import { Engine } from '../../server/src/engine/engine';
import { detectLanguage } from '../../server/src/engine/parse/languages';
import { dockerfileResources } from '../../server/src/engine/scanners/iac/dockerfile';
import { ParsedFile } from '../../server/src/engine/source';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

const config = defaultConfig();
const parse = (text: string, path = 'Dockerfile') => dockerfileResources(new ParsedFile(Engine.source(path, text), undefined));
const scan = (text: string, path = 'Dockerfile') => engine.scanSource(Engine.source(path, text), { config });

describe('dockerfile model', () => {
  test('file names Docker, Podman and Checkov read are Dockerfiles; other extensions keep their language', () => {
    for (const path of ['Dockerfile', 'services/api/Dockerfile', 'Dockerfile.prod', 'dockerfile', 'Containerfile', 'build\\api.dockerfile', 'ci/Containerfile.test']) {
      assert.equal(detectLanguage(path), 'dockerfile', path);
    }
    assert.equal(detectLanguage('Dockerfile.yaml'), 'yaml');
    assert.equal(detectLanguage('docker-compose.yml'), 'yaml');
    assert.equal(detectLanguage('Dockerfiles/README'), 'text');
    assert.equal(detectLanguage('Untitled-1', 'dockerfile'), 'dockerfile', 'an unsaved editor buffer, by its language id');
  });

  test('one resource per file, even multi-stage; an instruction entry per instruction with its range', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM golang:1.23.2 AS build\nRUN go build \\\n    -o /app ./cmd/app\n\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
    const resources = parse(text, 'svc/Dockerfile');
    assert.equal(resources.length, 1);
    const [image] = resources;
    assert.equal(image.address, 'svc/Dockerfile');
    assert.deepEqual(image.body.entries.map((e) => e.key), ['FROM', 'RUN', 'FROM', 'COPY', 'ENTRYPOINT']);
    const run = image.body.entries[1];
    assert.deepEqual(run.range, { start: { line: 2, character: 0 }, end: { line: 3, character: 21 } }, 'a continued instruction spans its lines');
    assert.equal(run.value.kind === 'scalar' && run.value.value, 'go build     -o /app ./cmd/app');
    assert.deepEqual(image.headerRange.start, { line: 1, character: 0 }, 'findings about missing instructions land on the first FROM');
    assert.deepEqual(parse('# only a comment\n'), [], 'no instructions, no resource');
  });

  test('CRLF and non-ASCII: instruction positions match the editor; inserted lines keep CRLF', () => {
    const text = 'FROM alpine:3.20\r\nLABEL note="café 😀"\r\nUSER root\r\nCMD ["sh"]\r\n';
    const finding = scan(text).findings.find((f) => f.ruleId === 'CKV_DOCKER_8')!;
    assert.deepEqual(finding.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
    const label = parse(text)[0].body.entries[1];
    assert.equal(label.range.end.character, 'LABEL note="café 😀"'.length);
    const noUser = 'FROM alpine:3.20\r\nRUN echo é\r\nCMD ["sh"]\r\n';
    const userFix = scan(noUser).findings.find((f) => f.ruleId === 'CKV_DOCKER_3')!.fixes.find((fix) => fix.kind === 'fix')!;
    assert.equal(applyEdits(noUser, userFix.edits), 'FROM alpine:3.20\r\nRUN echo é\r\nUSER 10001\r\nCMD ["sh"]\r\n');
  });

  test('USER is appended at the end when there is no CMD or ENTRYPOINT, with or without a final newline', () => {
    const [withNewline] = parse('FROM alpine:3.20\nRUN true\n');
    assert.equal(applyEdits('FROM alpine:3.20\nRUN true\n', withNewline.setAttribute('USER', '10001')), 'FROM alpine:3.20\nRUN true\nUSER 10001\n');
    const [without] = parse('FROM alpine:3.20\nRUN true');
    assert.equal(applyEdits('FROM alpine:3.20\nRUN true', without.setAttribute('USER', '10001')), 'FROM alpine:3.20\nRUN true\nUSER 10001');
  });

  test('checkov:skip comments anywhere in the file suppress; the skip quick fix goes below parser directives', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM node\n# checkov:skip=CKV_DOCKER_2:Kubernetes probes cover health\nCMD ["node", "server.js"]\n';
    const findings = scan(text).findings;
    assert.deepEqual(findings.find((f) => f.ruleId === 'CKV_DOCKER_2')?.suppressed, { by: 'checkov:skip', reason: 'Kubernetes probes cover health' });
    const latest = findings.find((f) => f.ruleId === 'CKV_DOCKER_7')!;
    assert.equal(latest.suppressed, undefined);
    const skipped = applyEdits(text, latest.fixes.find((fix) => fix.kind === 'suppress')!.edits);
    assert.ok(skipped.startsWith('# syntax=docker/dockerfile:1\n# checkov:skip=CKV_DOCKER_7:Accepted risk: explain why here\nFROM node\n'), skipped);
    assert.ok(scan(skipped).findings.find((f) => f.ruleId === 'CKV_DOCKER_7')?.suppressed);
  });

  test('a Dockerfile that is not one (binary-ish or empty text) gives no resource and no error', () => {
    assert.deepEqual(scan('', 'Dockerfile'), { findings: [], notices: [] });
    const odd = scan('\u0000\u0001 garbage {{ }}\n', 'Dockerfile');
    assert.deepEqual(odd.notices, []);
  });
});
