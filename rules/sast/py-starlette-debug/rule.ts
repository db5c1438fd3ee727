import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { isDevelopmentPath } from '../_shared/dev-paths';
import { pyIsBoolean } from '../_shared/py-config';
import { pyCalls, pyKeyword, pyUnwrap } from '../_shared/python';

/** ASGI application classes whose `debug=True` returns tracebacks to the client. */
const APPLICATIONS = new Set(['fastapi.FastAPI', 'fastapi.applications.FastAPI', 'starlette.applications.Starlette', 'starlette.Starlette']);

const rule: SastRule = {
  id: 'py-starlette-debug',
  scanner: 'sast',
  title: 'FastAPI / Starlette app created with debug=True',
  severity: 'medium',
  confidence: 'high',
  cwe: [489],
  tags: [OWASP.A05, 'fastapi', 'debug'],
  description:
    '`FastAPI(debug=True)` or `Starlette(debug=True)` answers every unhandled error with the full traceback (file paths, source lines, local values) instead of a plain 500. Take the flag from the environment and keep it off in production.',
  languages: ['python'],
  detect(context) {
    if (!/debug/.test(context.file.text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    for (const { callee, name, arguments: argumentsNode } of pyCalls(context)) {
      if (!/(?:FastAPI|Starlette)$/.test(callee.text) || !argumentsNode || !APPLICATIONS.has(name ?? '')) continue;
      const debug = pyKeyword(argumentsNode, 'debug');
      const value = debug?.childForFieldName('value');
      if (!debug || !value || !pyIsBoolean(value, true)) continue;
      hits.push({
        node: debug,
        message: `${callee.text}(debug=True) sends tracebacks with source and local values to clients on every error; read it from the environment and keep it off in production`,
        fix: { title: 'Set debug=False', edits: [replace(context, pyUnwrap(value), 'False')] },
      });
    }
    return hits;
  },
};

export default rule;
