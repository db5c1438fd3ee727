import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { isDevelopmentClass, isDevelopmentPath } from '../_shared/dev-paths';
import { pyConfigValues, pyIsBoolean } from '../_shared/py-config';
import { pyCalls, pyImports, pyKeyword, pyQualifiedName, pyResolve, pyUnwrap } from '../_shared/python';

const FLASK_FACTORIES = new Set(['flask.Flask', 'flask.app.Flask', 'quart.Quart']);

/** The object is a Flask app: assigned from `Flask(…)`, or named `app` / `application` in a file importing flask. */
function isFlaskApp(context: SastContext, object: Node): boolean {
  const inner = pyUnwrap(object);
  if (inner.type !== 'identifier') return false;
  const value = pyResolve(inner)?.value;
  const factory = value?.type === 'call' ? pyQualifiedName(context, value.childForFieldName('function')!) : undefined;
  if (factory) return FLASK_FACTORIES.has(factory);
  const importsFlask = [...pyImports(context).values()].some((module) => /^(flask|quart)(\.|$)/.test(module));
  return importsFlask && /^(app|application)$/.test(inner.text);
}

const rule: SastRule = {
  id: 'py-flask-debug',
  scanner: 'sast',
  title: 'Flask app run with the debugger on',
  severity: 'high',
  confidence: 'medium',
  cwe: [489],
  tags: [OWASP.A05, 'flask', 'debug'],
  description:
    '`app.run(debug=True)` (or `app.debug = True`, `DEBUG = True` in the app config) starts the Werkzeug debugger, which lets anyone who can reach the app and trigger an error run Python code on the server, and shows source and settings in tracebacks. Take debug mode from the environment (`FLASK_DEBUG`) and never enable it in production.',
  languages: ['python'],
  detect(context) {
    if (!/debug/i.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    for (const { callee, arguments: argumentsNode } of pyCalls(context)) {
      if (callee.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'run' || !argumentsNode) continue;
      const debug = pyKeyword(argumentsNode, 'debug');
      const value = debug?.childForFieldName('value');
      if (!debug || !value || !pyIsBoolean(value, true) || !isFlaskApp(context, callee.childForFieldName('object')!)) continue;
      hits.push({
        node: debug,
        message: 'app.run(debug=True) starts the Werkzeug debugger, which runs Python code for anyone who can reach it; set FLASK_DEBUG=1 only on your machine',
        fix: { title: 'Set debug=False', edits: [replace(context, pyUnwrap(value), 'False')] },
      });
    }
    for (const match of context.matches(`(assignment left: (attribute object: (_) @object attribute: (identifier) @key) right: (true) @value) @node`)) {
      if (match.get('key')!.text !== 'debug' || !isFlaskApp(context, match.get('object')!)) continue;
      hits.push({ node: match.get('node')!, message: 'app.debug = True enables the Werkzeug debugger, which runs Python code for anyone who can reach it; leave debug off in code' });
    }
    const importsFlask = [...pyImports(context).values()].some((module) => /^(flask|quart)(\.|$)/.test(module));
    for (const setting of pyConfigValues(context, new Set(['DEBUG']))) {
      // Module- and class-level DEBUG belong to Django or to config classes; only `app.config` here (Django has its own rule).
      if (setting.kind === 'module' || !importsFlask || !pyIsBoolean(setting.value, true)) continue;
      if (setting.kind === 'class' && isDevelopmentClass(setting.className)) continue;
      hits.push({ node: setting.node, message: 'DEBUG = True in the Flask config enables the Werkzeug debugger; take it from the environment and keep it off in production' });
    }
    return hits;
  },
};

export default rule;
