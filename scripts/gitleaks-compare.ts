/**
 * Compares the built-in secrets scanner with the real gitleaks on the rules' own case files.
 *   node --import tsx scripts/gitleaks-compare.ts [RULE-ID ...]
 * Expands each case file (generated values) into a temporary folder, scans it with both, and
 * prints every line on which they disagree, with the case annotation of that line.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_RULES } from '../rules/index';
import { defaultConfig } from '../server/src/engine/config/preflight';
import { Engine } from '../server/src/engine/engine';
import { expandTemplate, parseAnnotations } from '../test/support/cases';
import { runGitleaks } from '../test/support/gitleaks';

export interface LineVerdict {
  file: string;
  line: number; // 1-based
  text: string;
  annotation?: string;
  preflight: string[];
  gitleaks: string[];
}

/** Writes the expanded secrets cases of the given rules under root; returns the written paths. */
export function writeCorpus(root: string, ruleIds?: string[]): string[] {
  const written: string[] = [];
  for (const rule of ALL_RULES.filter((r) => r.scanner === 'secrets' && (!ruleIds?.length || ruleIds.includes(r.id)))) {
    const casesDir = join(__dirname, '..', 'rules', 'secrets', rule.id, 'cases');
    for (const name of readdirSync(casesDir).filter((n) => !/\.fixed\./.test(n))) {
      const { text } = expandTemplate(readFileSync(join(casesDir, name), 'utf8'), `${rule.id}/${name}`);
      const path = `${rule.id}/${name}`;
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      written.push(path);
    }
  }
  return written;
}

export async function compare(root: string, files: string[]): Promise<LineVerdict[]> {
  const engine = await Engine.create();
  const gitleaks = runGitleaks(root);
  const verdicts: LineVerdict[] = [];
  try {
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      const ours = engine.scanSource(Engine.source(file, text), { config: defaultConfig() }).findings.filter((f) => f.scanner === 'secrets' && !f.suppressed);
      const annotations = new Map(parseAnnotations(text).map((a) => [a.line, `${a.kind}: ${a.ruleId}`]));
      // A gitleaks finding spans StartLine..EndLine (its whole match); ours sits on the secret. When
      // one of ours starts inside gitleaks' span, both speak of the same line.
      const theirs = gitleaks
        .filter((g) => g.File === file)
        .map((g) => {
          const inside = ours.find((f) => f.range.start.line + 1 >= g.StartLine && f.range.start.line + 1 <= g.EndLine);
          // A file-name rule's finding has no line (gitleaks says 0): it is about line 1 of the file.
          return { ruleId: g.RuleID, line: inside ? inside.range.start.line + 1 : Math.max(g.StartLine, 1) };
        });
      text.split(/\r?\n/).forEach((lineText, index) => {
        const line = index + 1;
        verdicts.push({
          file,
          line,
          text: lineText,
          annotation: annotations.get(index),
          preflight: ours.filter((f) => f.range.start.line === index).map((f) => f.ruleId),
          gitleaks: theirs.filter((g) => g.line === line).map((g) => g.ruleId),
        });
      });
    }
  } finally {
    engine.dispose();
  }
  return verdicts;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'gitleaks-compare-'));
  try {
    const files = writeCorpus(root, process.argv.slice(2));
    const verdicts = await compare(root, files);
    const disagreements = verdicts.filter((v) => (v.preflight.length > 0) !== (v.gitleaks.length > 0) || (v.preflight.length > 0 && !v.preflight.some((id) => v.gitleaks.includes(id))));
    for (const v of disagreements) {
      console.log(`${v.file}:${v.line}  preflight=[${v.preflight}] gitleaks=[${v.gitleaks}]  ${v.annotation ?? ''}\n    ${v.text.slice(0, 160)}`);
    }
    const agree = verdicts.filter((v) => (v.preflight.length > 0) === (v.gitleaks.length > 0)).length;
    console.log(`\n${files.length} files, ${verdicts.length} lines: agreement ${(100 * agree / verdicts.length).toFixed(2)} % (${verdicts.length - agree} lines differ on detection; ${disagreements.length} differ on detection or rule id)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
