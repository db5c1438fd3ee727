import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { isDevelopmentClass, isDevelopmentPath } from '../_shared/dev-paths';
import { pyConfigValues, pyIsBoolean } from '../_shared/py-config';
import { pyUnwrap } from '../_shared/python';

/** Django and Flask(-Login) settings whose `False` sends the session cookie over HTTP or to page scripts. */
const SETTINGS = new Set([
  'SESSION_COOKIE_SECURE',
  'SESSION_COOKIE_HTTPONLY',
  'CSRF_COOKIE_SECURE',
  'REMEMBER_COOKIE_SECURE',
  'REMEMBER_COOKIE_HTTPONLY',
]);

const rule: SastRule = {
  id: 'py-insecure-cookie-setting',
  scanner: 'sast',
  title: 'Session or CSRF cookie configured without Secure / HttpOnly',
  severity: 'medium',
  confidence: 'high',
  cwe: [614, 1004],
  tags: [OWASP.A05, 'cookies', 'session'],
  description:
    '`SESSION_COOKIE_SECURE = False`, `CSRF_COOKIE_SECURE = False` or `SESSION_COOKIE_HTTPONLY = False` (Django, Flask, Flask-Login `REMEMBER_COOKIE_*`) send the session cookie over plain HTTP or let page scripts read it. Set them to True in production settings.',
  languages: ['python'],
  detect(context) {
    if (!/COOKIE_(SECURE|HTTPONLY)/.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    for (const setting of pyConfigValues(context, SETTINGS)) {
      if (!pyIsBoolean(setting.value, false) || (setting.kind === 'class' && isDevelopmentClass(setting.className))) continue;
      const what = setting.name.endsWith('HTTPONLY') ? 'lets page scripts read the cookie, so an XSS steals it' : 'sends the cookie over plain HTTP, where it can be read';
      hits.push({
        node: setting.node,
        message: `${setting.name} = False ${what}; set it to True`,
        fix: { title: `Set ${setting.name} to True`, edits: [replace(context, pyUnwrap(setting.value), 'True')] },
      });
    }
    return hits;
  },
};

export default rule;
