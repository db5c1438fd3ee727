/**
 * Rule case files: annotated samples beside each rule (`rules/<scanner>/<id>/cases/`).
 *
 * A comment line holding `ruleid: ID` says the next code line has a finding of rule ID;
 * `ok: ID` says it has none; `suppressed: ID` says it has one that a skip comment suppresses.
 * `<<RAND:[class]:N>>` stands for N random characters of the class, generated here so that no
 * credential-shaped string is stored in the repository. `name.fixed.ext` is the expected text
 * after applying the rule's fixes to `name.ext`.
 *
 * Files without an extension (Dockerfiles) are named `name.dockerfile`: the engine reads that as a
 * Dockerfile, just as `Dockerfile` or `Containerfile`, and the fixed file is `name.fixed.dockerfile`.
 */
import { createHash } from 'node:crypto';

export type Expectation = 'ruleid' | 'ok' | 'suppressed' | 'ruleid-file' | 'ok-file';

export interface Annotation {
  kind: Expectation;
  ruleId: string;
  /** 0-based line the annotation speaks about; -1 for the file as a whole (`ruleid-file:` / `ok-file:`). */
  line: number;
}

const ANNOTATION = /^\s*(?:#|\/\/|<!--)\s*(ruleid-file|ok-file|ruleid|ok|suppressed):\s*([\w.-]+)/;

export function parseAnnotations(text: string): Annotation[] {
  const lines = text.split(/\r?\n/);
  const annotations: Annotation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ANNOTATION.exec(lines[i]);
    if (!match) continue;
    let target = i + 1;
    while (target < lines.length && ANNOTATION.test(lines[target])) target++;
    annotations.push({ kind: match[1] as Expectation, ruleId: match[2], line: match[1].endsWith('-file') ? -1 : target });
  }
  return annotations;
}

function expandClass(spec: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      for (let c = spec.charCodeAt(i); c <= spec.charCodeAt(i + 2); c++) chars.push(String.fromCharCode(c));
      i += 2;
    } else {
      chars.push(spec[i] === '\\' ? spec[++i] : spec[i]);
    }
  }
  return chars;
}

/** Deterministic for a given (seed, token, occurrence), so a `.fixed` file expands to the same values. */
export function expandTemplate(text: string, seed: string): { text: string; generated: string[] } {
  const generated: string[] = [];
  const occurrences = new Map<string, number>();
  const expanded = text.replace(/<<RAND:\[((?:\\.|[^\]])+)\]:(\d+)>>/g, (token, spec: string, length: string) => {
    const occurrence = occurrences.get(token) ?? 0;
    occurrences.set(token, occurrence + 1);
    const alphabet = expandClass(spec);
    let value = '';
    let counter = 0;
    while (value.length < Number(length)) {
      const digest = createHash('sha256').update(`${seed}\0${token}\0${occurrence}\0${counter++}`).digest();
      for (const byte of digest) if (value.length < Number(length)) value += alphabet[byte % alphabet.length];
    }
    generated.push(value);
    return value;
  });
  return { text: expanded, generated };
}
