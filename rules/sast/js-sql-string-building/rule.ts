import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, looksLikeSql } from '../_shared/common';
import { jsCalleeName, jsCalls, jsIsConstant, jsResolve, jsUnwrap } from '../_shared/javascript';

/** Methods that run the SQL text they are given (pg, mysql2, sqlite, Knex, Sequelize, postgres.js, Prisma). */
const METHODS = new Set(['query', 'execute', 'raw', 'unsafe', '$queryRawUnsafe', '$executeRawUnsafe']);

/** The string a `+` chain starts with, or undefined when its leftmost operand is not a literal. */
function leadingText(node: Node): string | undefined {
  let current = jsUnwrap(node);
  while (current.type === 'binary_expression' && current.childForFieldName('operator')?.text === '+') {
    current = jsUnwrap(current.childForFieldName('left') ?? current);
  }
  if (current.type === 'string') return current.text.slice(1, -1);
  if (current.type === 'template_string') return current.text.slice(1);
  return undefined;
}

/** How the SQL was assembled from non-literal parts, or undefined when it was not. */
function sqlBuilding(node: Node, depth = 0): string | undefined {
  const inner = jsUnwrap(node);
  switch (inner.type) {
    case 'template_string':
      return !jsIsConstant(inner) && looksLikeSql(leadingText(inner)) ? 'a template literal' : undefined;
    case 'binary_expression':
      return inner.childForFieldName('operator')?.text === '+' && !jsIsConstant(inner) && looksLikeSql(leadingText(inner))
        ? 'string concatenation'
        : undefined;
    case 'identifier': {
      if (depth > 3) return undefined;
      const resolved = jsResolve(inner);
      const how = resolved && sqlBuilding(resolved.value, depth + 1);
      return how ? `${how} (\`${inner.text}\`, line ${resolved.line})` : undefined;
    }
    default:
      return undefined;
  }
}

const rule: SastRule = {
  id: 'js-sql-string-building',
  scanner: 'sast',
  title: 'SQL query built by string concatenation or interpolation',
  severity: 'high',
  cwe: [89],
  tags: [OWASP.A03, 'sql-injection'],
  description:
    'A query passed to `.query()`, `.execute()` or `.raw()` is assembled with a template literal or `+`, so values become SQL syntax and can change the statement. Use placeholders (`$1`, `?`) and pass the values separately, or a tagged `sql` template.',
  languages: JS_LANGUAGES,
  detect(context) {
    const hits: SastHit[] = [];
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      if (call.type !== 'call_expression' || callee.type !== 'member_expression') continue;
      const method = jsCalleeName(callee);
      if (!METHODS.has(method)) continue;
      const sql = candidate.arguments[0];
      const how = sql && sqlBuilding(sql);
      if (!how) continue;
      hits.push({
        node: call,
        message: `${method}() runs SQL built from ${how}; use placeholders and pass the values as parameters`,
      });
    }
    return hits;
  },
};

export default rule;
