import { asBoolean } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { checkFlag, lookup } from '../_shared/settings';

const rule: IacRule = {
  id: 'CKV_AWS_308',
  scanner: 'iac',
  title: 'Ensure API Gateway method setting caching is set to encrypted',
  severity: 'medium',
  cwe: [311],
  description:
    'The method settings turn response caching on without encrypting the cached data. Set `cache_data_encrypted = true` in `settings`.',
  resources: { terraform: ['aws_api_gateway_method_settings'] },
  evaluate(resource): IacCheckResult {
    const caching = lookup(resource, { terraform: 'settings.caching_enabled' });
    if (caching.kind === 'unknown' || (caching.kind === 'found' && caching.entry.value.kind === 'expression')) return { status: 'unknown' };
    // Nothing is cached, so nothing needs encrypting.
    if (caching.kind !== 'found' || asBoolean(caching.entry.value) !== true) return { status: 'passed' };
    return checkFlag(resource, { paths: { terraform: 'settings.cache_data_encrypted' }, feature: 'Cache encryption' });
  },
};

export default rule;
