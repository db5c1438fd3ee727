import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_4',
  scanner: 'iac',
  title: 'Ensure that COPY is used instead of ADD in Dockerfiles',
  severity: 'low',
  cwe: [829],
  description:
    '`ADD` downloads URLs and automatically unpacks archives, so what lands in the image is not what the line says. Use `COPY` for local files.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    const add = instructions(resource, 'ADD')[0];
    if (!add) return { status: 'passed' };
    // ADD fetches URLs and unpacks local archives; only plain local copies mean the same with COPY.
    const sources = argumentsOf(add).split(/\s+/).filter((part) => part && !part.startsWith('--')).slice(0, -1);
    const plainCopy = sources.length > 0 && !sources.some((source) => /^[a-z][a-z0-9+.-]*:\/\/|^git@|\.(tar|tgz|tbz2?|txz|gz|bz2|xz|zst)$/i.test(source));
    const fix = plainCopy ? { title: 'Use COPY instead of ADD', edits: [{ range: add.keyRange, newText: 'COPY' }] } : undefined;
    return { status: 'failed', at: add.range, message: 'ADD is used instead of COPY', fix };
  },
};

export default rule;
