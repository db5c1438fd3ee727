import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { asNumber, asString } from '../../../server/src/engine/scanners/iac/model';
import { locate } from '../_shared/aws-data';

const DAYS_IN = { day: 1, hour: 1 / 24, minute: 1 / 1440 } as const;

/** Days between rotations of `rate(N unit)`; undefined for cron or anything else. */
function rateInDays(expression: string): number | undefined {
  const match = /^rate\(\s*(\d+)\s+(day|hour|minute)s?\s*\)$/.exec(expression.trim());
  return match ? Number(match[1]) * DAYS_IN[match[2] as keyof typeof DAYS_IN] : undefined;
}

const rule: IacRule = {
  id: 'CKV_AWS_304',
  scanner: 'iac',
  title: 'Ensure Secrets Manager secrets should be rotated within 90 days',
  severity: 'medium',
  cwe: [262],
  description:
    'The secret is not rotated at least every 90 days (`rotation_rules.automatically_after_days` or a `rate()` schedule of 90 days or more, or no rotation rules). Rotate more often, so a leaked secret stops working soon.',
  resources: { terraform: ['aws_secretsmanager_secret_rotation'] },
  evaluate(resource): IacCheckResult {
    const days = locate(resource, 'rotation_rules.automatically_after_days');
    const schedule = locate(resource, 'rotation_rules.schedule_expression');
    if (days.unresolved || schedule.unresolved) return { status: 'unknown' };
    const tooLate = (at: typeof days.found, interval: string) => ({ status: 'failed' as const, at: at?.range, message: `The secret is rotated only every ${interval} (90 days or more)` });
    if (days.found) {
      if (days.found.value.kind === 'expression') return { status: 'unknown' };
      const value = asNumber(days.found.value);
      return value !== undefined && value < 90 ? { status: 'passed' } : tooLate(days.found, `${value ?? '?'} days`);
    }
    if (schedule.found) {
      const expression = asString(schedule.found.value);
      if (expression === undefined) return { status: 'unknown' };
      const interval = rateInDays(expression);
      // A cron schedule needs a calendar to judge; it is left to Checkov.
      if (interval === undefined) return { status: 'unknown' };
      return interval < 90 ? { status: 'passed' } : tooLate(schedule.found, expression);
    }
    return { status: 'failed', at: days.parentEntry?.range, message: 'The rotation has no interval of less than 90 days (no rotation_rules)' };
  },
};

export default rule;
