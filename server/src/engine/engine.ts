/**
 * The engine: files in → findings → gate verdicts. Knows nothing of LSP, VS Code or terminals.
 *
 * One file flows: language detection → one parse → every applicable scanner → generic
 * suppressions and fingerprints → gate assignment. Results are cached by content, so an
 * unchanged file is never scanned twice.
 */
import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { ALL_RULES } from '../../../rules/index';
import { applyCheckovConfig, frameworkEnabled, pathSkipped } from './config/checkov';
import { DEFAULT_EXCLUDES, type PreflightConfig } from './config/preflight';
import { directoryOf, joinPath, type DirectoryReader } from './directory';
import { fingerprint } from './fingerprint';
import { detectLanguage, isTreeLanguage, lineCommentFor } from './parse/languages';
import { ParserService, type Tree } from './parse/parser';
import { RuleRegistry, type Rule } from './rules';
import { IacScanner } from './scanners/iac/scanner';
import { SastScanner } from './scanners/sast/scanner';
import { DepsScanner } from './scanners/deps/scanner';
import type { FindingDraft, Scanner } from './scanners/scanner';
import { SecretsScanner } from './scanners/secrets/scanner';
import { ParsedFile, type SourceFile } from './source';
import { baselineSuppression, type Baseline } from './config/baseline';
import { ignoreComment, preflightIgnore } from './suppressions';
import type { Finding, Fix, GateConfig, ScanNotice, ScannerId } from './types';

export interface ScanOptions {
  config: PreflightConfig;
  signal?: AbortSignal;
  /** Compute quick fixes (default true). Whole-tree runs for reports turn this off. */
  fixes?: boolean;
  /** The files next to the scanned one (Terraform modules span a directory); without it, each file stands alone. */
  directory?: DirectoryReader;
  /**
   * The file is open in an editor and will be scanned again after edits: scanners remember what
   * they found by path and re-analyse only what an edit can change (the findings are the same).
   */
  incremental?: boolean;
}

export interface ScanResult {
  findings: Finding[];
  notices: ScanNotice[];
}

const CACHE_LIMIT = 5000;

export class Engine {
  readonly rules: RuleRegistry;
  private readonly scanners: Scanner[];
  private readonly cache = new Map<string, ScanResult>();
  /** Secrets scanners built for a repository's gitleaks configuration, per loaded config. */
  private readonly configuredSecrets = new WeakMap<PreflightConfig, SecretsScanner>();
  /** IaC scanners built for a repository's Checkov configuration (its frameworks), per loaded config. */
  private readonly configuredIac = new WeakMap<PreflightConfig, IacScanner>();
  /** Deps scanners holding the advisories a config names (`deps-advisories`), per loaded config. */
  private readonly configuredDeps = new WeakMap<PreflightConfig, DepsScanner>();

  private constructor(
    readonly parser: ParserService,
    rules: readonly Rule[],
  ) {
    this.rules = new RuleRegistry(rules);
    this.scanners = [
      new SecretsScanner(this.rules.ofScanner('secrets')),
      new SastScanner(this.rules.ofScanner('sast')),
      new IacScanner(this.rules.ofScanner('iac')),
      new DepsScanner(this.rules.ofScanner('deps')),
    ];
  }

  static async create(rules: readonly Rule[] = ALL_RULES): Promise<Engine> {
    return new Engine(await ParserService.create(), rules);
  }

  /** Builds a source file from a workspace-relative path and its text (a leading BOM is dropped). */
  static source(path: string, text: string, languageId?: string): SourceFile {
    return { path, text: text.replace(/^\uFEFF/, ''), language: detectLanguage(path, languageId) };
  }

  /**
   * Parses a file. Pass the previous tree, already `edit()`ed, to reparse incrementally.
   * The caller owns the returned tree and must `delete()` it when done.
   */
  parse(source: SourceFile, previous?: Tree): ParsedFile {
    const tree = isTreeLanguage(source.language) ? this.parser.parse(source.language, source.text, previous) : undefined;
    return new ParsedFile(source, tree);
  }

  /** Scans one source file, parsing it once; served from the content cache when unchanged. */
  scanSource(source: SourceFile, options: ScanOptions): ScanResult {
    // Parsing is lazy, so a cached or oversized file is never parsed.
    const language = source.language;
    const parsed = new ParsedFile(source, isTreeLanguage(language) ? () => this.parser.parse(language, source.text) : undefined);
    try {
      return this.scanParsed(parsed, options);
    } finally {
      parsed.parsedTreeIfAny?.delete();
    }
  }

  /** Scans an already parsed file (the language server keeps trees for incremental parsing). */
  scanParsed(parsed: ParsedFile, options: ScanOptions, key = this.cacheKey(parsed.source, options)): ScanResult {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const precheck = this.precheck(parsed.source, options.config);
    if (precheck) return precheck;
    const signal = options.signal ?? new AbortController().signal;
    const findings: Finding[] = [];
    const notices: ScanNotice[] = [];
    for (const gate of options.config.gates) {
      for (const scannerId of gate.scanners) {
        const scanner = this.scannerFor(scannerId, options.config);
        if (!scanner?.appliesTo(parsed.source)) continue;
        const checkov = scannerId === 'iac' ? options.config.checkov : undefined;
        // Checkov's skip-path: the pipeline's Checkov never opens the file.
        if (checkov && pathSkipped(checkov, parsed.path)) continue;
        try {
          const drafts = scanner.scan(parsed, {
            signal,
            parser: this.parser,
            fixes: options.fixes !== false,
            notify: (notice) => notices.push(notice),
            directory: options.directory,
            incremental: options.incremental,
          });
          const finished = this.finish(parsed, scannerId, gate, drafts, options.config.baseline, options.fixes !== false);
          findings.push(...(checkov ? finished.flatMap((finding) => applyCheckovConfig(finding, checkov) ?? []) : finished));
        } catch (error) {
          notices.push({
            level: 'error',
            scanner: scannerId,
            file: parsed.path,
            message: `the ${scannerId} scanner failed: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      }
    }
    const result = { findings, notices };
    // A cancelled scan is incomplete; never cache it.
    if (!signal.aborted) this.remember(key, result);
    return result;
  }

  /** The scanner for an id; the secrets scanner honours the workspace's `.gitleaks.toml` and `.gitleaksignore`. */
  private scannerFor(id: ScannerId, config: PreflightConfig): Scanner | undefined {
    if (id === 'secrets' && (config.gitleaks || config.gitleaksIgnore)) {
      let scanner = this.configuredSecrets.get(config);
      if (!scanner) {
        scanner = new SecretsScanner(this.rules.ofScanner('secrets'), { gitleaks: config.gitleaks, ignore: config.gitleaksIgnore });
        this.configuredSecrets.set(config, scanner);
      }
      return scanner;
    }
    const checkov = config.checkov;
    if (id === 'iac' && checkov && (checkov.frameworks.length > 0 || checkov.skipFrameworks.length > 0)) {
      let scanner = this.configuredIac.get(config);
      if (!scanner) {
        scanner = new IacScanner(this.rules.ofScanner('iac'), { frameworkEnabled: (framework) => frameworkEnabled(checkov, framework) });
        this.configuredIac.set(config, scanner);
      }
      return scanner;
    }
    if (id === 'deps' && config.advisories) {
      let scanner = this.configuredDeps.get(config);
      if (!scanner) {
        scanner = new DepsScanner(this.rules.ofScanner('deps'), config.advisories);
        this.configuredDeps.set(config, scanner);
      }
      return scanner;
    }
    return this.scanners.find((candidate) => candidate.id === id);
  }

  /** Whether a scanner reads this file at all (e.g. whether the iac scanner, and so Checkov, has something to say). */
  appliesTo(scanner: ScannerId, source: SourceFile): boolean {
    return this.scanners.find((candidate) => candidate.id === scanner)?.appliesTo(source) ?? false;
  }

  /** Whether scanning `source` reads the file `name` of its directory (so a change to that file can change its findings). */
  readsSibling(source: SourceFile, name: string): boolean {
    return this.scanners.some((scanner) => scanner.siblingsRead !== undefined && scanner.appliesTo(source) && scanner.siblingsRead(source, [name]).includes(name));
  }

  /** Whether the config excludes a workspace-relative path from every scanner. */
  isExcluded(path: string, config: PreflightConfig): boolean {
    return picomatch([...DEFAULT_EXCLUDES, ...config.exclude], { dot: true })(path);
  }

  dispose(): void {
    this.parser.dispose();
    this.cache.clear();
  }

  /** Files we refuse to read get a notice instead of findings. */
  private precheck(source: SourceFile, config: PreflightConfig): ScanResult | undefined {
    if (source.text.length > config.maxFileBytes) return { findings: [], notices: [oversizeNotice(source.path, source.text.length, config)] };
    return undefined;
  }

  private finish(parsed: ParsedFile, scanner: ScannerId, gate: GateConfig, drafts: FindingDraft[], baseline: Baseline | undefined, withFixes: boolean): Finding[] {
    const occurrences = new Map<string, number>();
    const comment = lineCommentFor(parsed.path, parsed.language);
    return drafts.map((draft) => {
      const rule = this.rules.get(draft.ruleId);
      const occurrenceKey = `${draft.ruleId}\0${draft.fingerprintBasis}`;
      const occurrence = occurrences.get(occurrenceKey) ?? 0;
      occurrences.set(occurrenceKey, occurrence + 1);
      const fixes: Fix[] = [...(draft.fixes ?? [])];
      const print = fingerprint(parsed.path, draft.ruleId, draft.fingerprintBasis, occurrence);
      // Every scanner's findings can be silenced with Preflight's own comment, unless the tool's syntax is offered.
      if (withFixes && comment && !fixes.some((fix) => fix.kind === 'suppress')) fixes.push(ignoreFix(parsed, draft, comment));
      return {
        ruleId: draft.ruleId,
        scanner,
        gate: gate.name,
        severity: draft.severity ?? rule?.severity ?? 'medium',
        message: draft.message,
        file: parsed.path,
        range: draft.range,
        fingerprint: print,
        engines: ['preflight'],
        fixes,
        suppressed: draft.suppressed ?? preflightIgnore(parsed, draft.range.start.line, draft.ruleId) ?? baselineSuppression(baseline, print),
        related: draft.related,
      };
    });
  }

  private cacheKey(source: SourceFile, options: ScanOptions): string {
    const config = options.config;
    const hash = createHash('sha256')
      .update(JSON.stringify([source.path, source.language, config.gates, config.maxFileBytes, config.digest, options.fixes !== false]))
      .update('\0')
      .update(source.text);
    // Siblings a scanner reads change its result as much as the file's own text does.
    const directory = options.directory;
    // A scan that could see its surroundings can differ from one that could not (a lock file known
    // to be missing versus unknown), even when no sibling is read.
    hash.update(directory ? '\0with-directory' : '\0alone');
    if (directory) {
      const folder = directoryOf(source.path);
      const active = new Set(config.gates.flatMap((gate) => gate.scanners));
      const names = new Set<string>();
      for (const scanner of this.scanners) {
        if (!active.has(scanner.id) || !scanner.siblingsRead || !scanner.appliesTo(source)) continue;
        for (const name of scanner.siblingsRead(source, directory.list(folder))) names.add(name);
      }
      for (const name of [...names].sort()) hash.update(`\0${name}\0`).update(directory.read(joinPath(folder, name)) ?? '\u0000missing');
    }
    return hash.digest('hex');
  }

  private remember(key: string, result: ScanResult): void {
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, result);
  }
}

/** The notice for a file the size limit skips (the editor and workspace scans say the same). */
export function oversizeNotice(path: string, size: number, config: PreflightConfig): ScanNotice {
  const kib = (bytes: number) => Math.round(bytes / 1024);
  return { level: 'warning', file: path, message: `skipped: ${kib(size)} KiB is over the ${kib(config.maxFileBytes)} KiB limit (max-file-size-kb in preflight.yml)` };
}

function ignoreFix(parsed: ParsedFile, draft: FindingDraft, comment: string): Fix {
  const line = draft.range.start.line;
  const indent = /^\s*/.exec(parsed.lineText(line))![0];
  const at = { line, character: 0 };
  return {
    title: `Suppress ${draft.ruleId} on this line (preflight-ignore)`,
    kind: 'suppress',
    edits: [{ range: { start: at, end: at }, newText: `${indent}${ignoreComment(draft.ruleId, comment)}${parsed.eol}` }],
  };
}
