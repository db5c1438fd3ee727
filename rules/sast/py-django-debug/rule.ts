import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { isDevelopmentPath } from '../_shared/dev-paths';
import { pyConfigValues, pyIsBoolean } from '../_shared/py-config';

/** Names only a Django settings module sets. */
const DJANGO_SETTINGS = /^(INSTALLED_APPS|ROOT_URLCONF|MIDDLEWARE|WSGI_APPLICATION|ASGI_APPLICATION|DATABASES|ALLOWED_HOSTS)\s*=/m;

const rule: SastRule = {
  id: 'py-django-debug',
  scanner: 'sast',
  title: 'Django DEBUG = True in a settings module',
  severity: 'high',
  confidence: 'medium',
  cwe: [489],
  tags: [OWASP.A05, 'django', 'debug'],
  description:
    '`DEBUG = True` makes Django show detailed error pages with source code, settings (with many secrets only partly masked) and SQL queries to anyone who triggers an error, and keeps every query in memory. Read DEBUG from the environment and keep it False in production.',
  languages: ['python'],
  detect(context) {
    const path = context.file.path.replace(/\\/g, '/');
    if (!/^DEBUG\s*=/m.test(context.file.text) || isDevelopmentPath(path)) return [];
    // A settings module: named settings (settings.py, settings/…, production_settings.py…) or setting Django-only names.
    const isSettings = /(^|\/)settings(\/|\.py$)|_settings\.py$/.test(path) || DJANGO_SETTINGS.test(context.file.text);
    if (!isSettings) return [];
    const hits: SastHit[] = [];
    for (const setting of pyConfigValues(context, new Set(['DEBUG']))) {
      if (setting.kind !== 'module' || !pyIsBoolean(setting.value, true)) continue;
      hits.push({
        node: setting.node,
        message: 'DEBUG = True shows source, settings and SQL to anyone who triggers an error; read it from the environment (DEBUG = os.environ.get("DJANGO_DEBUG") == "1")',
      });
    }
    return hits;
  },
};

export default rule;
