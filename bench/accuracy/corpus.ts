/**
 * The accuracy corpus: its weakness classes, the label every case carries, and loading it.
 *
 * A case is one small program in `corpus/<class>/<lang>/<name>.<ext>` whose first line says what
 * it is (see README.md, "Labels"):
 *
 *   // preflight-bench: vulnerable CWE-78 sink-line: 7
 *   # preflight-bench: safe CWE-89 -- parameterised query
 *
 * Tools are scored by CWE, never by rule id: a finding counts for a case when one of its CWEs
 * belongs to the case's class (CLASSES below lists the members of each class).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export const CORPUS_DIR = join(__dirname, 'corpus');

export type CaseLanguage = 'js' | 'ts' | 'py';
export const CASE_LANGUAGES: readonly CaseLanguage[] = ['js', 'ts', 'py'];

/** File extensions allowed in each language folder. */
const EXTENSIONS: Record<CaseLanguage, readonly string[]> = {
  js: ['.js', '.jsx', '.mjs', '.cjs'],
  ts: ['.ts', '.tsx'],
  py: ['.py'],
};

export interface WeaknessClass {
  /** The folder name under corpus/, the first CWE of the class. */
  id: string;
  title: string;
  /** CWEs whose findings count for this class: the class's own CWEs and their close relatives. */
  cwes: readonly number[];
  /** Languages in which the corpus must have cases of this class. */
  languages: readonly CaseLanguage[];
}

const ALL: readonly CaseLanguage[] = CASE_LANGUAGES;

/**
 * The classes. Related CWEs are members when a tool commonly files the same weakness under
 * them (a parent or a child in MITRE's hierarchy); README.md repeats this table.
 */
export const CLASSES: readonly WeaknessClass[] = [
  { id: '78', title: 'OS command injection', cwes: [78, 77, 88], languages: ALL },
  { id: '89', title: 'SQL injection', cwes: [89, 564], languages: ALL },
  { id: '943', title: 'NoSQL injection', cwes: [943], languages: ALL },
  { id: '79', title: 'Cross-site scripting', cwes: [79, 80, 83], languages: ALL },
  { id: '94', title: 'Code injection (94/95)', cwes: [94, 95], languages: ALL },
  { id: '22', title: 'Path traversal', cwes: [22, 23, 36, 73], languages: ALL },
  { id: '918', title: 'Server-side request forgery', cwes: [918], languages: ALL },
  { id: '601', title: 'Open redirect', cwes: [601], languages: ALL },
  { id: '1321', title: 'Prototype pollution', cwes: [1321], languages: ['js', 'ts'] },
  { id: '502', title: 'Unsafe deserialisation', cwes: [502], languages: ALL },
  { id: '611', title: 'XML external entities', cwes: [611, 776, 827], languages: ALL },
  { id: '327', title: 'Weak crypto / hash (327/328)', cwes: [327, 328, 326, 916], languages: ALL },
  { id: '338', title: 'Weak randomness', cwes: [338, 330, 331], languages: ALL },
  { id: '295', title: 'TLS verification disabled', cwes: [295, 297], languages: ALL },
  { id: '614', title: 'Insecure cookie (614/1004)', cwes: [614, 1004], languages: ALL },
  { id: '352', title: 'CSRF protection off', cwes: [352], languages: ALL },
  { id: '489', title: 'Debug code / mode in production', cwes: [489, 215, 11], languages: ALL },
  { id: '1333', title: 'ReDoS', cwes: [1333, 185], languages: ALL },
  { id: '117', title: 'Log injection', cwes: [117, 93], languages: ALL },
];

const CLASS_BY_CWE = new Map<number, WeaknessClass>();
for (const weakness of CLASSES) for (const cwe of weakness.cwes) CLASS_BY_CWE.set(cwe, weakness);

/** The class a CWE counts for, or undefined when the corpus has no class for it. */
export function classOfCwe(cwe: number): WeaknessClass | undefined {
  return CLASS_BY_CWE.get(cwe);
}

export interface Label {
  verdict: 'vulnerable' | 'safe';
  cwe: number;
  /** 1-based line of the sink (vulnerable cases only). */
  sinkLine?: number;
  note?: string;
}

export interface Case extends Label {
  /** Path relative to corpus/, forward slashes. */
  path: string;
  classId: string;
  language: CaseLanguage;
  /** Number of lines in the file. */
  lineCount: number;
}

/** `<comment> preflight-bench: <verdict> CWE-<n>[ sink-line: <n>][ -- <note>]` */
const LABEL = /^(?:\/\/|#)\s*preflight-bench:\s*(vulnerable|safe)\s+CWE-(\d+)(?:\s+sink-line:\s*(\d+))?(?:\s+--\s+(.*?))?\s*$/;

export class LabelError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'LabelError';
  }
}

/** Parses the label on the first line of a case; throws LabelError with the file and line. */
export function parseLabel(text: string, file: string): Label {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const match = LABEL.exec(first);
  if (!match) throw new LabelError(file, 1, `expected "preflight-bench: vulnerable|safe CWE-<n> [sink-line: <n>]" on the first line, found ${JSON.stringify(first.slice(0, 80))}`);
  const [, verdict, cwe, sink, note] = match;
  const label: Label = { verdict: verdict as Label['verdict'], cwe: Number(cwe) };
  if (note) label.note = note;
  if (verdict === 'vulnerable') {
    if (!sink) throw new LabelError(file, 1, 'a vulnerable case needs "sink-line: <n>"');
    label.sinkLine = Number(sink);
  } else if (sink) {
    throw new LabelError(file, 1, 'a safe case has no sink line');
  }
  return label;
}

/** Reads and validates one case; `path` is relative to the corpus folder. */
export function readCase(corpusDir: string, path: string): Case {
  const [classId, language] = path.split('/');
  const weakness = CLASSES.find((candidate) => candidate.id === classId);
  if (!weakness) throw new LabelError(path, 1, `no weakness class "${classId}" (folders: ${CLASSES.map((c) => c.id).join(', ')})`);
  if (!(CASE_LANGUAGES as readonly string[]).includes(language)) throw new LabelError(path, 1, `language folder must be one of ${CASE_LANGUAGES.join(', ')}`);
  const caseLanguage = language as CaseLanguage;
  if (!EXTENSIONS[caseLanguage].includes(extname(path))) throw new LabelError(path, 1, `a ${language} case must end in ${EXTENSIONS[caseLanguage].join(' or ')}`);
  const text = readFileSync(join(corpusDir, path), 'utf8');
  const label = parseLabel(text, path);
  if (classOfCwe(label.cwe) !== weakness) throw new LabelError(path, 1, `CWE-${label.cwe} does not belong to class ${weakness.id} (${weakness.cwes.map((c) => `CWE-${c}`).join(', ')})`);
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (label.sinkLine !== undefined) {
    const sink = lines[label.sinkLine - 1];
    if (label.sinkLine < 2 || sink === undefined || sink.trim() === '') throw new LabelError(path, 1, `sink-line ${label.sinkLine} is not a non-empty code line of the file (${lines.length} lines)`);
  }
  return { ...label, path, classId, language: caseLanguage, lineCount: lines.length };
}

/** Every case under the corpus folder, sorted by path. */
export function loadCorpus(corpusDir = CORPUS_DIR): Case[] {
  const paths = readdirSync(corpusDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(corpusDir.length + 1).split('\\').join('/'))
    .sort();
  return paths.map((path) => readCase(corpusDir, path));
}
