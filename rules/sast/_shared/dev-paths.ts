/**
 * Development and test code, where debug mode, plain-HTTP cookies or switched-off CSRF checks are
 * expected: `settings/dev.py`, `local_settings.py`, `tests/…`, `__tests__/…`, `conftest.py`,
 * `test_*.py`, `*.test.js`, `*.spec.ts`…
 */
export function isDevelopmentPath(path: string): boolean {
  const lower = path.toLowerCase().replace(/\\/g, '/');
  if (/(^|\/)(tests?|testing|spec|specs|__tests__|__mocks__|fixtures)\//.test(lower)) return true;
  const base = lower.replace(/^.*\//, '/');
  return /(^|[/_.-])(dev|devel|develop|development|local|test|tests|testing|spec|ci|conftest)([/_.-]|\.py$)/.test(base);
}

/** True for config class names of development or tests: `DevelopmentConfig`, `TestingConfig`, `LocalSettings`. */
export function isDevelopmentClass(name: string | undefined): boolean {
  return !!name && /(^|[^a-z])(dev|develop|development|local|test|tests|testing)/i.test(name.replace(/([a-z])([A-Z])/g, '$1_$2'));
}
