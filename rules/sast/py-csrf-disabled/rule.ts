import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { isDevelopmentClass, isDevelopmentPath } from '../_shared/dev-paths';
import { pyConfigValues, pyIsBoolean } from '../_shared/py-config';

const SETTINGS = new Set(['WTF_CSRF_ENABLED', 'WTF_CSRF_CHECK_DEFAULT', 'csrf']);

const rule: SastRule = {
  id: 'py-csrf-disabled',
  scanner: 'sast',
  title: 'Flask-WTF CSRF protection switched off',
  severity: 'medium',
  confidence: 'high',
  cwe: [352],
  tags: [OWASP.A01, 'csrf', 'flask'],
  description:
    '`WTF_CSRF_ENABLED = False` (or a form\'s `class Meta: csrf = False`) removes the CSRF token check from Flask-WTF forms, so another site can submit them as a logged-in user. Keep it on outside tests.',
  languages: ['python'],
  detect(context) {
    if (!/WTF_CSRF_|csrf\s*=\s*False/.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    for (const setting of pyConfigValues(context, SETTINGS)) {
      if (!pyIsBoolean(setting.value, false)) continue;
      if (setting.name === 'csrf') {
        // `class Meta: csrf = False` inside a form class.
        if (setting.kind !== 'class' || setting.className !== 'Meta') continue;
        hits.push({ node: setting.node, message: 'csrf = False in the form\'s Meta removes its CSRF token check, so other sites can submit it as a logged-in user' });
        continue;
      }
      if (setting.kind === 'class' && isDevelopmentClass(setting.className)) continue;
      hits.push({
        node: setting.node,
        message:
          setting.name === 'WTF_CSRF_ENABLED'
            ? 'WTF_CSRF_ENABLED = False removes the CSRF check from every Flask-WTF form; keep it on outside tests'
            : 'WTF_CSRF_CHECK_DEFAULT = False leaves views unprotected unless each calls csrf.protect(); keep the default',
      });
    }
    return hits;
  },
};

export default rule;
