import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { DOCKERFILE, argumentsOf, instructions } from '../_shared/docker';

const rule: IacRule = {
  id: 'CKV_DOCKER_11',
  scanner: 'iac',
  title: 'Ensure From Alias are unique for multistage builds.',
  severity: 'low',
  description:
    'Two stages with the same `AS` name make `COPY --from=name` and `--target name` ambiguous; the later stage silently wins. Give every stage its own name.',
  resources: DOCKERFILE,
  evaluate(resource): IacCheckResult {
    const seen = new Set<string>();
    for (const from of instructions(resource, 'FROM')) {
      const parts = argumentsOf(from).split(/\s+/).filter((part) => part && !part.startsWith('--'));
      if (parts.length < 3 || parts[1].toLowerCase() !== 'as') continue;
      const alias = parts[2].toLowerCase();
      if (seen.has(alias)) return { status: 'failed', at: from.range, message: `The stage name ${parts[2]} is used twice` };
      seen.add(alias);
    }
    return { status: 'passed' };
  },
};

export default rule;
