import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_9',
  scanner: 'iac',
  title: 'Ensure that APT isn\'t used',
  severity: 'low',
  description:
    '`apt` is the interactive front end: its output and behaviour are not stable for scripts, and it warns so. Use `apt-get` in Dockerfiles.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    // As Checkov: the word apt between spaces.
    const run = instructions(resource, 'RUN').find((item) => ` ${argumentsOf(item)}`.includes(' apt '));
    if (!run) return { status: 'passed' };
    // Rewriting is safe on one line; a continued RUN is left to the author.
    const singleLine = run.value.range.start.line === run.value.range.end.line;
    const rewritten = ` ${argumentsOf(run)}`.replace(/ apt (?=\S)/g, ' apt-get ').slice(1);
    const fix = singleLine ? { title: 'Use apt-get', edits: [{ range: run.value.range, newText: rewritten }] } : undefined;
    return { status: 'failed', at: run.range, message: '`apt` is meant for interactive use; use apt-get', fix };
  },
};

export default rule;
