import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_7',
  scanner: 'iac',
  title: 'Ensure the base image uses a non latest version tag',
  severity: 'medium',
  cwe: [494],
  description:
    '`FROM image` or `FROM image:latest` builds on whatever was pushed last: builds are not reproducible and can pull in breaking or malicious changes. Pin a version tag.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    const stages = new Set<string>();
    for (const from of instructions(resource, 'FROM')) {
      const parts = argumentsOf(from).split(/\s+/).filter((part) => part && !part.startsWith('--'));
      const image = parts[0] ?? '';
      if (parts.length >= 3 && parts[1].toLowerCase() === 'as') stages.add(parts[2]);
      // A previous stage or `scratch` is not pulled from a registry.
      if (stages.has(image) && image !== parts[2]) continue;
      if (image === 'scratch' || image.includes('$')) continue;
      if (!image.includes(':') || image.endsWith(':latest')) return { status: 'failed', at: from.range, message: `The base image ${image} is not pinned to a version` };
    }
    return { status: 'passed' };
  },
};

export default rule;
