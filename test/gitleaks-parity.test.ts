/**
 * Differential test against the real gitleaks 8.28 (WebAssembly build): every secrets rule's case
 * files — generated true positives and labelled false positives (placeholders, low entropy, wrong
 * length, wrong prefix, documentation keys) — scanned by both engines, line by line. The built-in
 * engine must agree on at least 98 % of lines, and every line where they disagree must be listed,
 * with the reason, in rules/secrets/GITLEAKS-DIFFERENCES.md (no more, no fewer).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compare, writeCorpus, type LineVerdict } from '../scripts/gitleaks-compare';

const DIFFERENCES = join(__dirname, '..', 'rules', 'secrets', 'GITLEAKS-DIFFERENCES.md');

/** Lines of the form "- `rule-id/case-file:LINE` preflight=[…] gitleaks=[…]: reason". */
function listed(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const match of readFileSync(DIFFERENCES, 'utf8').matchAll(/^- `([^`]+:\d+)` preflight=\[[^\]]*\] gitleaks=\[[^\]]*\]: (.+)$/gm)) entries.set(match[1], match[2]);
  return entries;
}

const key = (verdict: LineVerdict) => `${verdict.file}:${verdict.line}`;
const differs = (v: LineVerdict) => (v.preflight.length > 0) !== (v.gitleaks.length > 0) || (v.preflight.length > 0 && !v.preflight.some((id) => v.gitleaks.includes(id)));

test('the built-in secrets engine agrees with gitleaks on the labelled corpus', { timeout: 300_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'gitleaks-parity-'));
  try {
    const files = writeCorpus(root);
    const verdicts = (await compare(root, files)).filter((v) => v.text.trim() !== '');
    assert.ok(verdicts.length >= 400, `the corpus has only ${verdicts.length} lines`);
    const positives = verdicts.filter((v) => v.annotation?.startsWith('ruleid:')).length;
    const negatives = verdicts.filter((v) => v.annotation?.startsWith('ok:')).length;
    assert.ok(positives >= 200 && negatives >= 200, `positives ${positives}, negatives ${negatives}`);

    const detectionAgreement = verdicts.filter((v) => (v.preflight.length > 0) === (v.gitleaks.length > 0)).length / verdicts.length;
    const disagreements = verdicts.filter(differs);
    const report = disagreements.map((v) => `- \`${key(v)}\` preflight=[${v.preflight}] gitleaks=[${v.gitleaks}]: `).join('\n');
    assert.ok(detectionAgreement >= 0.98, `agreement ${(detectionAgreement * 100).toFixed(2)} % < 98 %:\n${report}`);

    const documented = listed();
    const undocumented = disagreements.filter((v) => !documented.has(key(v)));
    assert.deepEqual(undocumented.map(key), [], `disagreements missing from GITLEAKS-DIFFERENCES.md:\n${undocumented.map((v) => `- \`${key(v)}\` preflight=[${v.preflight}] gitleaks=[${v.gitleaks}]: `).join('\n')}`);
    const stale = [...documented.keys()].filter((entry) => !disagreements.some((v) => key(v) === entry));
    assert.deepEqual(stale, [], 'GITLEAKS-DIFFERENCES.md lists lines on which the engines now agree: remove them');
    console.log(`# gitleaks parity: ${verdicts.length} lines (${positives} positive, ${negatives} negative cases), detection agreement ${(detectionAgreement * 100).toFixed(2)} %, ${disagreements.length} documented difference(s)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
