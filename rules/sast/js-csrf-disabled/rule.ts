import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { isDevelopmentPath } from '../_shared/dev-paths';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsBooleanValue, jsPairKey, jsProperty } from '../_shared/js-objects';
import { jsUnwrap } from '../_shared/javascript';

/** Option names under which web frameworks switch CSRF protection (lusca, Sails, AdonisJS shield, Nuxt/Next security modules). */
const CSRF_KEYS = new Set(['csrf', 'csrfProtection', 'xsrf']);

const rule: SastRule = {
  id: 'js-csrf-disabled',
  scanner: 'sast',
  title: 'CSRF protection switched off',
  severity: 'medium',
  confidence: 'medium',
  cwe: [352],
  tags: [OWASP.A01, 'csrf'],
  description:
    'A `csrf: false` option (lusca, Sails, AdonisJS shield `csrf: { enabled: false }`, …) turns off the check that a state-changing request came from your own pages, so another site can make a logged-in user\'s browser submit forms for them. Keep CSRF protection on, or rely on SameSite cookies and token-based auth deliberately.',
  languages: JS_LANGUAGES,
  detect(context) {
    // Tests post forms without tokens: test code is not judged.
    if (!/csrf|xsrf/i.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    for (const match of context.matches(`(pair key: [(property_identifier) (string)] value: (_) @value) @pair`)) {
      const pair = match.get('pair')!;
      const key = jsPairKey(pair);
      if (!key || !CSRF_KEYS.has(key)) continue;
      const value = jsUnwrap(match.get('value')!);
      if (jsBooleanValue(pair) === false) {
        hits.push({ node: pair, message: `${key}: false switches CSRF protection off, so other sites can submit requests as a logged-in user; keep it on` });
      } else if (value.type === 'object') {
        const enabled = jsProperty(value, 'enabled');
        if (enabled && jsBooleanValue(enabled) === false) {
          hits.push({ node: enabled, message: `${key}.enabled: false switches CSRF protection off, so other sites can submit requests as a logged-in user; keep it on` });
        }
      }
    }
    return hits;
  },
};

export default rule;
