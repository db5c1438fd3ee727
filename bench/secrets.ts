/**
 * Secrets throughput, side by side: the built-in scanner, gitleaks 8.28 (its WebAssembly build)
 * and secretlint (recommended preset) on the same generated corpus of mixed source files.
 *
 *   node --import tsx bench/secrets.ts          (BENCH_MB=50 by default)
 *
 * Each tool runs as its own process under /usr/bin/time, so wall time and peak memory (max RSS)
 * are measured the same way for all three. The built-in scanner is also timed in process, scan
 * only (files already in memory), which is its throughput per core.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../server/src/engine/config/preflight';
import { Engine } from '../server/src/engine/engine';
import { listFiles } from '../server/src/engine/workspace';

const ROOT = join(__dirname, '..');
const TARGET_MB = Number(process.env.BENCH_MB ?? 50);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number, alphabet = ALNUM) => [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');

/** Secrets of a few providers, fresh each time (never valid). */
const SECRETS = [
  () => `const token = "ghp_${random(36)}";`,
  () => `AWS_ACCESS_KEY_ID=AKIA${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
  () => `slack_token: xoxb-${random(12, '0123456789')}-${random(13, '0123456789')}-${random(24)}`,
  () => `stripe.api_key = "sk_live_${random(24)}"`,
];

const TEMPLATES: Array<{ extension: string; line: (i: number) => string }> = [
  { extension: 'js', line: (i) => `export function handler${i}(req, res) { const value = req.query.v${i} ?? 'default'; return res.json({ value, total: ${i} * 3 }); }` },
  { extension: 'py', line: (i) => `def handler_${i}(request):\n    value = request.args.get("v${i}", "default")\n    return {"value": value, "total": ${i} * 3}` },
  { extension: 'yaml', line: (i) => `  service_${i}:\n    image: registry.example.com/app:${i}\n    environment:\n      LOG_LEVEL: info` },
  { extension: 'tf', line: (i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n  tags   = { Team = "platform" }\n}` },
  { extension: 'md', line: (i) => `Paragraph ${i}: the service reads its key from the environment and never logs the token or the password.` },
];

function generateCorpus(root: string): { bytes: number; files: number; planted: number } {
  let bytes = 0;
  let files = 0;
  let planted = 0;
  while (bytes < TARGET_MB * 1024 * 1024) {
    const template = TEMPLATES[files % TEMPLATES.length];
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 100 * 1024; i++) {
      const line = i % 400 === 399 ? SECRETS[(files + i) % SECRETS.length]() : template.line(i);
      if (i % 400 === 399) planted++;
      lines.push(line);
      size += line.length + 1;
    }
    const directory = join(root, `pkg${Math.floor(files / 100)}`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, `file${files}.${template.extension}`), `${lines.join('\n')}\n`);
    bytes += size;
    files++;
  }
  return { bytes, files, planted };
}

function timed(command: string, args: string[], cwd: string): { seconds: number; maxRssMb: number; stdout: string; status: number | null } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds, maxRssMb: kb / 1024, stdout: result.stdout, status: result.status };
}

async function inProcess(root: string): Promise<{ seconds: number; findings: number }> {
  const config = parseConfig('gates:\n  secrets:\n    scanners: [secrets]\n', 'preflight.yml');
  const files = await listFiles(root, config);
  const sources = files.map((path) => Engine.source(path, readFileSync(join(root, path), 'utf8')));
  const engine = await Engine.create();
  try {
    const start = performance.now();
    let findings = 0;
    for (const source of sources) findings += engine.scanSource(source, { config, fixes: false }).findings.length;
    return { seconds: (performance.now() - start) / 1000, findings };
  } finally {
    engine.dispose();
  }
}

async function main(): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('bench/secrets.ts needs /usr/bin/time (Debian package "time")');
  // Inside the repository (git-ignored): secretlint only scans below its working directory.
  const root = join(ROOT, '.test-output', 'secrets-bench');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'preflight-secrets-bench-out-'));
  try {
    const corpus = generateCorpus(join(root, 'corpus'));
    const corpusDir = join(root, 'corpus');
    writeFileSync(join(corpusDir, 'preflight.yml'), 'gates:\n  secrets:\n    scanners: [secrets]\n');
    const mb = corpus.bytes / 1024 / 1024;
    console.log(`\nSecrets throughput — ${mb.toFixed(1)} MB in ${corpus.files} files (${corpus.planted} planted secrets), node ${process.version}`);

    const scanOnly = await inProcess(corpusDir);
    const builtin = timed(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'gates', corpusDir, '--format', 'json', '--builtin-only'], ROOT);
    const gitleaks = timed(process.execPath, [join(ROOT, 'node_modules', '@0xts', 'gitleaks-cli', 'bin', 'gitleaks'), 'dir', corpusDir, '--report-format', 'json', '--report-path', join(work, 'gitleaks.json'), '--no-banner', '--exit-code', '0', '--redact'], ROOT);
    writeFileSync(join(work, 'secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const secretlint = timed(process.execPath, [join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js'), `${relative(ROOT, corpusDir)}/**/*`, '--secretlintrc', join(work, 'secretlintrc.json'), '--format', 'json', '--output', join(work, 'secretlint.json'), '--no-maskSecrets'], ROOT);

    const builtinFindings = JSON.parse(builtin.stdout).findings.length;
    const gitleaksFindings = (JSON.parse(readFileSync(join(work, 'gitleaks.json'), 'utf8')) as unknown[]).length;
    let secretlintFindings = 0;
    try {
      secretlintFindings = (JSON.parse(readFileSync(join(work, 'secretlint.json'), 'utf8')) as Array<{ messages: unknown[] }>).reduce((sum, file) => sum + file.messages.length, 0);
    } catch {
      secretlintFindings = Number.NaN;
    }
    const row = (name: string, seconds: number, rss: number | undefined, findings: number) =>
      `   ${name.padEnd(38)} ${seconds.toFixed(2).padStart(8)} s ${(mb / seconds).toFixed(1).padStart(8)} MB/s ${rss === undefined ? '        -' : `${rss.toFixed(0).padStart(6)} MB`} ${String(findings).padStart(9)}`;
    console.log('   tool                                      wall     throughput   peak RSS   findings');
    console.log(row('Preflight built-in (scan only, 1 core)', scanOnly.seconds, undefined, scanOnly.findings));
    console.log(row('Preflight CLI (read + scan + report)', builtin.seconds, builtin.maxRssMb, builtinFindings));
    console.log(row('gitleaks 8.28 (WebAssembly)', gitleaks.seconds, gitleaks.maxRssMb, gitleaksFindings));
    console.log(row('secretlint 11 (preset-recommend)', secretlint.seconds, secretlint.maxRssMb, secretlintFindings));
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
