/**
 * Shared logic of the Dockerfile checks (CKV_DOCKER_*, CKV2_DOCKER_*, PF_DOCKER_*): the body of a
 * Dockerfile resource has one entry per instruction, key = keyword, value = its arguments.
 * Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { asString, type IacEntry, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';

export const DOCKERFILE = { dockerfile: ['Dockerfile'] };

export function instructions(resource: IacResource, keyword?: string): IacEntry[] {
  return resource.body.entries.filter((item) => keyword === undefined || item.key === keyword);
}

export function argumentsOf(instruction: IacEntry): string {
  return asString(instruction.value) ?? '';
}

/**
 * Fails on the first RUN instruction whose command matches `pattern` (Checkov's graph checks test
 * each RUN's value against a regular expression).
 */
export function failOnRun(resource: IacResource, matches: (command: string) => boolean, message: string): IacCheckResult {
  const offending = instructions(resource, 'RUN').find((run) => matches(argumentsOf(run)));
  return offending ? { status: 'failed', at: offending.range, message } : { status: 'passed' };
}
