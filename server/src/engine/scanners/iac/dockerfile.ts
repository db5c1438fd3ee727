/**
 * A Dockerfile → one IacResource (type `Dockerfile`, addressed by the file's path), read with
 * dockerfile-ast. Like Checkov, a multi-stage build is one resource: checks see every stage's
 * instructions in order (and can tell stage names apart in `FROM … AS name`).
 * The body has one entry per instruction: key = the upper-case keyword, value = its arguments
 * (line continuations joined), range = the whole instruction. `# checkov:skip=ID:reason`
 * comments anywhere in the file apply to it.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { ParsedFile } from '../../source';
import type { Position, TextEdit } from '../../types';
import type { IacEntry, IacObject, IacResource, IacSkip } from './model';
import { CHECKOV_SKIP } from './terraform';

/** Lines that must stay first in a Dockerfile (parser directives such as `# syntax=…`). */
const PARSER_DIRECTIVE = /^#\s*(syntax|escape|check)\s*=/i;

export function dockerfileResources(file: ParsedFile): IacResource[] {
  if (file.language !== 'dockerfile') return [];
  const dockerfile = DockerfileParser.parse(file.text);
  const entries: IacEntry[] = dockerfile.getInstructions().map((instruction) => {
    const range = instruction.getRange();
    return {
      key: instruction.getKeyword().toUpperCase(),
      keyRange: instruction.getInstructionRange(),
      value: { kind: 'scalar', value: instruction.getArgumentsContent() ?? '', range: instruction.getArgumentsRange() ?? instruction.getInstructionRange() },
      range,
    };
  });
  if (entries.length === 0) return [];
  const skips: IacSkip[] = [];
  // Read from the lines, not getComments(): dockerfile-ast takes a `# checkov:skip=…` right below
  // `# syntax=…` for a parser directive, where Docker sees a comment.
  for (let line = 0; line < file.lineCount; line++) {
    const text = file.lineText(line).trimStart();
    if (!text.startsWith('#')) continue;
    for (const match of text.matchAll(CHECKOV_SKIP)) skips.push({ checkId: match[1], reason: match[2]?.trim() || undefined });
  }
  const start = { line: 0, character: 0 };
  const end = file.positionAt(file.text.length);
  const body: IacObject = { kind: 'object', entries, range: { start, end } };
  const firstFrom = entries.find((item) => item.key === 'FROM');
  const eol = file.eol;
  const insertLine = (at: Position, line: string): TextEdit[] => [{ range: { start: at, end: at }, newText: `${line}${eol}` }];

  const resource: IacResource = {
    framework: 'dockerfile',
    type: 'Dockerfile',
    address: file.path,
    range: body.range,
    // Findings about something missing from the image land on its first FROM.
    headerRange: firstFrom?.range ?? { start, end: start },
    body,
    skips,
    eol,
    setAttribute(keyword, valueText) {
      const existing = [...entries].reverse().find((item) => item.key === keyword);
      if (existing) return [{ range: existing.value.range, newText: valueText }];
      // Before the last CMD / ENTRYPOINT, so it applies to what the container runs; else at the end.
      const runtime = [...entries].reverse().find((item) => item.key === 'CMD' || item.key === 'ENTRYPOINT');
      if (runtime) return insertLine({ line: runtime.range.start.line, character: 0 }, `${keyword} ${valueText}`);
      const lastLine = file.lineCount - 1;
      if (file.lineText(lastLine) === '') return insertLine({ line: lastLine, character: 0 }, `${keyword} ${valueText}`);
      const at = { line: lastLine, character: file.lineText(lastLine).length };
      return [{ range: { start: at, end: at }, newText: `${eol}${keyword} ${valueText}` }];
    },
    addSkip(checkId, reason) {
      let line = 0;
      while (line < file.lineCount && PARSER_DIRECTIVE.test(file.lineText(line))) line++;
      return insertLine({ line, character: 0 }, `# checkov:skip=${checkId}:${reason}`);
    },
  };
  return [resource];
}
