import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { isDevelopmentClass, isDevelopmentPath } from '../_shared/dev-paths';
import { pyConfigValues, pyIsBoolean } from '../_shared/py-config';
import { pyQualifiedName, pyUnwrap } from '../_shared/python';
import type { SastContext } from '../../../server/src/engine/scanners/sast/rule';

const SETTINGS = new Set(['WTF_CSRF_ENABLED', 'WTF_CSRF_CHECK_DEFAULT', 'csrf']);
const CSRF_PROTECT = new Set(['flask_wtf.csrf.CSRFProtect', 'flask_wtf.CSRFProtect']);

/**
 * The names the file binds to Flask-WTF's extension: `csrf = CSRFProtect(app)` (or `CSRFProtect()`
 * initialised later). Collected from the assignments rather than through pyResolve, which also
 * counts the `csrf` of `from flask_wtf.csrf import …` as a binding of the name.
 */
function csrfProtectNames(context: SastContext): Set<string> {
  const names = new Set<string>();
  for (const match of context.matches(`(assignment left: (identifier) @name right: (call function: (_) @factory))`)) {
    if (CSRF_PROTECT.has(pyQualifiedName(context, match.get('factory')!) ?? '')) names.add(match.get('name')!.text);
  }
  return names;
}

const rule: SastRule = {
  id: 'py-csrf-disabled',
  scanner: 'sast',
  title: 'Flask-WTF CSRF protection switched off',
  severity: 'medium',
  confidence: 'high',
  cwe: [352],
  tags: [OWASP.A01, 'csrf', 'flask'],
  description:
    '`WTF_CSRF_ENABLED = False` (or a form\'s `class Meta: csrf = False`, or `@csrf.exempt` on a view) removes the CSRF token check from Flask-WTF forms, so another site can submit them as a logged-in user. Keep it on outside tests.',
  languages: ['python'],
  detect(context) {
    if (!/WTF_CSRF_|csrf\s*=\s*False|\.exempt\b/.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    // `@csrf.exempt` on a view, or `csrf.exempt(blueprint)`: that view (or every view of the blueprint) skips the token check.
    const extensionNames = /CSRFProtect/.test(context.file.text) ? csrfProtectNames(context) : new Set<string>();
    for (const match of context.matches(`
      (decorator (attribute object: (_) @object attribute: (identifier) @method) @name) @node
      (call function: (attribute object: (_) @object attribute: (identifier) @method)) @node`)) {
      const object = pyUnwrap(match.get('object')!);
      if (match.get('method')!.text !== 'exempt' || object.type !== 'identifier' || !extensionNames.has(object.text)) continue;
      hits.push({
        node: match.get('node')!,
        message: 'csrf.exempt removes Flask-WTF\'s CSRF check from this view, so other sites can post to it as the logged-in user; exempt only endpoints verified another way (a webhook signature)',
      });
    }
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
