/**
 * Shared logic of checks that need a boolean setting turned on where leaving it out means off
 * (encryption, key rotation). Not a rule: this folder has no rule.ts, so the rule index skips it.
 */
import { asBoolean, entry, type IacResource } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult } from '../../../server/src/engine/scanners/iac/rule';

/**
 * Passes when `key` is true; fails (with a fix setting it to true) when it is false, absent or
 * null (null keeps the provider's insecure default); unknown when it is an expression.
 * `feature` names what the setting turns on, e.g. "Storage encryption".
 */
export function requireEnabled(resource: IacResource, key: string, feature: string): IacCheckResult {
  const found = entry(resource.body, key);
  const setting = found?.value.kind === 'scalar' && found.value.value === null ? undefined : found;
  const enabled = asBoolean(setting?.value);
  if (enabled === true) return { status: 'passed' };
  if (setting && enabled === undefined) return { status: 'unknown' };
  return {
    status: 'failed',
    at: found?.range,
    message: setting ? `${feature} is disabled` : `${feature} is not enabled (${key} is not set and defaults to false)`,
    fix: { title: `Set ${key} to true`, edits: resource.setAttribute(key, 'true') },
  };
}
