/**
 * IaC throughput: how many Terraform files (and IaC checks) Preflight gets through per second on
 * one core, on a generated corpus and on the project's own IaC fixtures.
 *
 *   node --import tsx bench/iac.ts          (BENCH_TF_FILES=2500 by default; goal ≥ 1,000 .tf files/s)
 *
 * 1. Engine, in process: every file read into memory first, then parse + scan (no cache), split
 *    into tree-sitter parse, resource model, IaC checks and the other scanners (in CPU time, from
 *    separate passes: on a shared machine wall-clock splits say more about the neighbours), so a
 *    slow run says where its time goes.
 * 2. CLI end to end: `preflight gates DIR --builtin-only --format json` pinned to one core
 *    (taskset when present): process start, walking the tree, reading, scanning, report.
 * 3. The IaC rule cases (rules/iac/* /cases), engine only, repeated.
 *
 * "Checks" counts the check evaluations: for every resource, the checks registered for its type.
 * Nothing is asserted (timings are not tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ALL_RULES } from '../rules/index';
import { defaultConfig } from '../server/src/engine/config/preflight';
import { Engine } from '../server/src/engine/engine';
import { terraformResources } from '../server/src/engine/scanners/iac/terraform';
import { cloudFormationResources } from '../server/src/engine/scanners/iac/cloudformation';
import type { IacRule } from '../server/src/engine/scanners/iac/rule';
import type { IacResource } from '../server/src/engine/scanners/iac/model';

const ROOT = join(__dirname, '..');
const FILES = Number(process.env.BENCH_TF_FILES ?? 2500);
const GOAL_FILES_PER_SECOND = 1000;

/** A small deterministic generator, so every run scans the same corpus. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Resource blocks as real modules write them: some compliant, some not, some with variables. */
const BLOCKS: Array<(name: string, r: () => number) => string> = [
  (n, r) => `resource "aws_s3_bucket" "${n}" {\n  bucket = "\${var.prefix}-${n}"\n${r() < 0.2 ? '  acl    = "public-read"\n' : ''}  tags = {\n    Team        = "platform"\n    Environment = var.environment\n  }\n}\n`,
  (n, r) => `resource "aws_kms_key" "${n}" {\n  description             = "key for ${n}"\n  deletion_window_in_days = 10\n${r() < 0.6 ? '  enable_key_rotation     = true\n' : ''}}\n`,
  (n, r) =>
    `resource "aws_security_group" "${n}" {\n  name        = "${n}"\n  description = "Managed by Terraform"\n  vpc_id      = module.vpc.vpc_id\n\n  ingress {\n${r() < 0.7 ? '    description = "HTTPS"\n' : ''}    from_port   = ${r() < 0.2 ? 22 : 443}\n    to_port     = ${r() < 0.2 ? 22 : 443}\n    protocol    = "tcp"\n    cidr_blocks = ["${r() < 0.3 ? '0.0.0.0/0' : '10.0.0.0/16'}"]\n  }\n\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
  (n, r) =>
    `resource "aws_db_instance" "${n}" {\n  identifier          = "${n}"\n  engine              = "postgres"\n  instance_class      = "db.t3.medium"\n  allocated_storage   = 20\n  username            = var.db_user\n  password            = var.db_password\n  storage_encrypted   = ${r() < 0.7}\n  publicly_accessible = ${r() < 0.2}\n  skip_final_snapshot = true\n}\n`,
  (n, r) =>
    `resource "aws_instance" "${n}" {\n  ami           = data.aws_ami.ubuntu.id\n  instance_type = "t3.micro"\n  subnet_id     = element(module.vpc.private_subnets, 0)\n${r() < 0.5 ? '\n  metadata_options {\n    http_tokens = "required"\n  }\n' : ''}\n  root_block_device {\n    encrypted = ${r() < 0.6}\n  }\n\n  tags = merge(local.tags, { Name = "${n}" })\n}\n`,
  (n, r) => `resource "aws_ebs_volume" "${n}" {\n  availability_zone = "eu-west-1a"\n  size              = ${Math.floor(r() * 500) + 8}\n${r() < 0.6 ? '  encrypted         = true\n' : ''}}\n`,
  (n) => `resource "aws_iam_role" "${n}" {\n  name               = "${n}"\n  assume_role_policy = data.aws_iam_policy_document.assume.json\n}\n`,
  (n) => `resource "aws_cloudwatch_log_group" "${n}" {\n  name              = "/app/${n}"\n  retention_in_days = 30\n}\n`,
  (n) => `variable "${n}_count" {\n  type        = number\n  default     = 2\n  description = "How many ${n}"\n}\n`,
  (n) => `output "${n}_id" {\n  value = aws_s3_bucket.${n}.id\n}\n`,
  (n) => `module "${n}" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.1.0"\n  name    = "${n}"\n  cidr    = "10.0.0.0/16"\n}\n`,
  (n) => `locals {\n  ${n}_tags = { Service = "${n}", Owner = "team-${n.length}" }\n}\n`,
];

function generateCorpus(root: string): { files: number; bytes: number; resourceTypes: string[] } {
  const random = rng(42);
  const resourceTypes: string[] = [];
  let bytes = 0;
  for (let file = 0; file < FILES; file++) {
    // Sizes vary like real modules: mostly small files, a few large ones.
    const blocks = random() < 0.1 ? 30 + Math.floor(random() * 50) : 1 + Math.floor(random() * 12);
    const parts: string[] = [`# module ${file}\n`];
    for (let i = 0; i < blocks; i++) {
      const block = BLOCKS[Math.floor(random() * BLOCKS.length)](`r${file}_${i}`, random);
      const type = /^resource "([^"]+)"/.exec(block)?.[1];
      if (type) resourceTypes.push(type);
      parts.push(block, '\n');
    }
    const directory = join(root, `stack${Math.floor(file / 50)}`, `module${file % 10}`);
    mkdirSync(directory, { recursive: true });
    const text = parts.join('');
    writeFileSync(join(directory, `main${file}.tf`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: FILES, bytes, resourceTypes };
}

const iacRules = ALL_RULES.filter((rule): rule is IacRule => rule.scanner === 'iac');
const checksFor = (framework: 'terraform' | 'cloudformation', type: string) => iacRules.filter((rule) => rule.resources[framework]?.includes(type)).length;

function listTf(root: string): string[] {
  const out: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

const rate = (count: number, ms: number) => Math.round((count / ms) * 1000).toLocaleString('en-US');

async function engineBench(engine: Engine, root: string, resourceTypes: string[]): Promise<void> {
  const paths = listTf(root);
  const sources = paths.map((path) => Engine.source(path.slice(root.length + 1), readFileSync(path, 'utf8')));
  const checks = resourceTypes.reduce((sum, type) => sum + checksFor('terraform', type), 0);
  const config = defaultConfig();
  // Warm up the grammar and the JIT on a few files, then measure a cold-cache pass.
  for (const source of sources.slice(0, 50)) engine.scanSource({ ...source, text: `${source.text}\n` }, { config, fixes: false });
  let parseMs = 0;
  let findings = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const source of sources) {
    const t0 = performance.now();
    const parsed = engine.parse(source);
    parseMs += performance.now() - t0;
    try {
      findings += engine.scanParsed(parsed, { config, fixes: false }).findings.length;
    } finally {
      parsed.tree?.delete();
    }
  }
  const totalMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // Where the CPU time goes, from passes that each add one stage: parse only; parse + resource
  // model (tree → IacResource); parse + the iac gate alone; parse + every gate (the secrets and
  // sast scanners read every file too). All run after the pass above, so the JIT is as warm for
  // each; a different trailing newline count per pass keeps every cache cold.
  const cpuOf = (suffix: string, pass: (parsed: ReturnType<Engine['parse']>) => void): number => {
    const variants = sources.map((source) => ({ ...source, text: source.text + suffix }));
    const before = process.cpuUsage();
    for (const source of variants) {
      const parsed = engine.parse(source);
      try {
        pass(parsed);
      } finally {
        parsed.tree?.delete();
      }
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const iacOnly = { ...config, gates: config.gates.filter((gate) => gate.scanners.includes('iac')) };
  const parseCpuMs = cpuOf('\n\n', () => undefined);
  const modelCpuMs = cpuOf('\n\n', (parsed) => terraformResources(parsed));
  const iacCpuMs = cpuOf('\n\n\n', (parsed) => engine.scanParsed(parsed, { config: iacOnly, fixes: false }));
  const fullCpuMs = cpuOf('\n\n\n\n', (parsed) => engine.scanParsed(parsed, { config, fixes: false }));
  const share = (ms: number) => `${Math.max(ms, 0).toFixed(0)} ms (${((Math.max(ms, 0) / fullCpuMs) * 100).toFixed(0)} %)`;
  console.log(`\n1. Engine, one core, ${sources.length} .tf files (${resourceTypes.length} resources, ${checks} check evaluations), no cache, pipeline mode (no fixes)`);
  console.log(`   wall ${totalMs.toFixed(0)} ms → ${rate(sources.length, totalMs)} files/s, ${rate(checks, totalMs)} checks/s, ${findings} findings (tree-sitter parse ${((parseMs / totalMs) * 100).toFixed(0)} % of it)`);
  console.log(`   CPU  ${cpuMs.toFixed(0)} ms → ${rate(sources.length, cpuMs)} files/s, ${rate(checks, cpuMs)} checks/s per core-second (what a core of its own would do; the wall figure includes waiting for a shared CPU)`);
  console.log(
    `   where the CPU time goes (a second, warm pass: ${fullCpuMs.toFixed(0)} ms → ${rate(sources.length, fullCpuMs)} files/s): tree-sitter parse ≈ ${share(parseCpuMs)}, ` +
      `resource model ≈ ${share(modelCpuMs - parseCpuMs)}, module + checks + engine ≈ ${share(iacCpuMs - modelCpuMs)}, secrets and sast scanners ≈ ${share(fullCpuMs - iacCpuMs)}`,
  );
  console.log(`   goal ≥ ${GOAL_FILES_PER_SECOND.toLocaleString('en-US')} .tf files/s on one core: ${(sources.length / cpuMs) * 1000 >= GOAL_FILES_PER_SECOND ? 'met' : 'NOT met'} (CPU time)`);
}

function cliBench(root: string, files: number, checks: number): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.log('\n2. CLI end to end: skipped (dist/cli.js missing: run npm run build)');
    return;
  }
  // Pinned to one core (taskset) and timed by /usr/bin/time, which also reports the CPU time used.
  const command = [process.execPath, cli, 'gates', root, '--builtin-only', '--format', 'json'];
  if (existsSync('/usr/bin/taskset')) command.unshift('/usr/bin/taskset', '-c', '0');
  const timed = existsSync('/usr/bin/time');
  if (timed) command.unshift('/usr/bin/time', '-f', 'TIME %e %U %S');
  const runs: Array<{ wallMs: number; cpuMs?: number }> = [];
  let findings = 0;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const wallMs = performance.now() - start;
    if (result.status === null || result.status === 2) throw new Error(`preflight gates failed: ${result.stderr}`);
    const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
    runs.push({ wallMs, cpuMs: time ? (Number(time[2]) + Number(time[3])) * 1000 : undefined });
    findings = JSON.parse(result.stdout).findings.length;
  }
  const median = [...runs].sort((a, b) => a.wallMs - b.wallMs)[1];
  console.log(`\n2. CLI end to end (${command.includes('-c') ? 'taskset -c 0' : 'not pinned'}), preflight gates --builtin-only --format json, median of 3 (every gate: secrets and sast read every file too)`);
  console.log(`   wall ${median.wallMs.toFixed(0)} ms → ${rate(files, median.wallMs)} files/s, ${rate(checks, median.wallMs)} checks/s, ${findings} findings`);
  if (median.cpuMs) console.log(`   CPU  ${median.cpuMs.toFixed(0)} ms → ${rate(files, median.cpuMs)} files/s, ${rate(checks, median.cpuMs)} checks/s per core-second`);
}

async function fixturesBench(engine: Engine): Promise<void> {
  const sources: Array<ReturnType<typeof Engine.source>> = [];
  let checks = 0;
  for (const rule of readdirSync(join(ROOT, 'rules', 'iac')).filter((name) => !name.startsWith('_'))) {
    const cases = join(ROOT, 'rules', 'iac', rule, 'cases');
    if (!existsSync(cases)) continue;
    for (const name of readdirSync(cases)) {
      const source = Engine.source(`cases/${rule}/${name}`, readFileSync(join(cases, name), 'utf8'));
      sources.push(source);
      const parsed = engine.parse(source);
      const resources: IacResource[] = source.language === 'terraform' ? terraformResources(parsed) : cloudFormationResources(parsed).resources;
      for (const resource of resources) checks += checksFor(resource.framework as 'terraform' | 'cloudformation', resource.type);
      parsed.tree?.delete();
    }
  }
  const rounds = 50;
  const config = defaultConfig();
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    // A different trailing comment each round defeats the content cache.
    for (const source of sources) engine.scanSource({ ...source, text: `${source.text}\n${source.language === 'json' ? '' : '#'}${round}\n` }, { config, fixes: true });
  }
  const ms = performance.now() - start;
  const tf = sources.filter((source) => source.language === 'terraform').length;
  console.log(`\n3. IaC rule cases (rules/iac/*/cases: ${sources.length} files, ${tf} .tf), engine with quick fixes (editor mode), ${rounds} rounds`);
  console.log(`   ${rate(sources.length * rounds, ms)} files/s, ${rate(checks * rounds, ms)} checks/s`);
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'preflight-iac-bench-'));
  console.log(`Preflight IaC benchmark — node ${process.version}, ${new Date().toISOString()}`);
  const engine = await Engine.create();
  try {
    const start = performance.now();
    const corpus = generateCorpus(root);
    const checks = corpus.resourceTypes.reduce((sum, type) => sum + checksFor('terraform', type), 0);
    console.log(`Corpus: ${corpus.files} .tf files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MiB, ${corpus.resourceTypes.length} resources, generated in ${(performance.now() - start).toFixed(0)} ms`);
    await engineBench(engine, root, corpus.resourceTypes);
    cliBench(root, corpus.files, checks);
    await fixturesBench(engine);
  } finally {
    engine.dispose();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
