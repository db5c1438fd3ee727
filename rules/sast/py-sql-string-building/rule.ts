import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, looksLikeSql } from '../_shared/common';
import { pyArgument, pyCalls, pyIsConstant, pyLeadingText, pyQualifiedName, pyResolve, pyUnwrap } from '../_shared/python';

/** Wrappers that mark text as SQL but do not bind anything: look at what they wrap. */
const SQL_WRAPPERS = /(^|\.)(text|sql\.SQL|SQL)$/;
/** Methods that run the SQL text they are given (DB-API cursors and connections, SQLAlchemy, Django, pandas). */
const METHODS = new Set(['execute', 'executemany', 'executescript', 'raw', 'read_sql', 'read_sql_query']);

/** The leftmost operand of a `+` chain. */
function leftmost(node: Node): Node {
  let current = pyUnwrap(node);
  while (current.type === 'binary_operator' && current.childForFieldName('operator')?.text === '+') {
    current = pyUnwrap(current.childForFieldName('left') ?? current);
  }
  return current;
}

/** The leading literal text of a string, also through a name assigned once (`q = "SELECT …"`). */
function leadingText(node: Node): string | undefined {
  const inner = pyUnwrap(node);
  if (inner.type === 'identifier') {
    const resolved = pyResolve(inner);
    return resolved ? pyLeadingText(resolved.value) : undefined;
  }
  return pyLeadingText(inner);
}

/** How the SQL was assembled from non-literal parts, or undefined when it was not. */
function sqlBuilding(context: SastContext, node: Node, depth = 0): string | undefined {
  const inner = pyUnwrap(node);
  switch (inner.type) {
    case 'string':
    case 'concatenated_string':
      return !pyIsConstant(inner) && looksLikeSql(pyLeadingText(inner)) ? 'an f-string' : undefined;
    case 'binary_operator': {
      const operator = inner.childForFieldName('operator')?.text;
      if (pyIsConstant(inner)) return undefined;
      if (operator === '%') return looksLikeSql(leadingText(inner.childForFieldName('left') ?? inner)) ? '%-formatting' : undefined;
      if (operator === '+') return looksLikeSql(leadingText(leftmost(inner))) ? 'string concatenation' : undefined;
      return undefined;
    }
    case 'call': {
      const fn = inner.childForFieldName('function');
      const args = inner.childForFieldName('arguments');
      if (!fn || !args) return undefined;
      if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format') {
        const template = fn.childForFieldName('object');
        const constantArgs = args.namedChildren.every((arg) => !arg || pyIsConstant(arg.type === 'keyword_argument' ? arg.childForFieldName('value') ?? arg : arg));
        return template && !constantArgs && looksLikeSql(leadingText(template)) ? 'str.format()' : undefined;
      }
      const name = pyQualifiedName(context, fn);
      const wrapped = pyArgument(args, 0, 'text');
      return name && SQL_WRAPPERS.test(name) && wrapped && depth < 4 ? sqlBuilding(context, wrapped, depth + 1) : undefined;
    }
    case 'identifier': {
      if (depth > 3) return undefined;
      const resolved = pyResolve(inner);
      const how = resolved && sqlBuilding(context, resolved.value, depth + 1);
      return how ? `${how} (\`${inner.text}\`, line ${resolved.line})` : undefined;
    }
    default:
      return undefined;
  }
}

const rule: SastRule = {
  id: 'py-sql-string-building',
  scanner: 'sast',
  title: 'SQL query built by string formatting or concatenation',
  severity: 'high',
  cwe: [89],
  tags: [OWASP.A03, 'sql-injection'],
  description:
    'A query passed to `execute()`/`executemany()` is assembled with an f-string, `%`, `.format()` or `+`, so values become SQL syntax and can change the statement. Keep the SQL constant with placeholders (`%s`, `?`, `:name`) and pass the values as the second argument.',
  languages: ['python'],
  detect(context) {
    const hits: SastHit[] = [];
    for (const { call, callee } of pyCalls(context)) {
      if (callee.type !== 'attribute') continue;
      const method = callee.text.slice(callee.text.lastIndexOf('.') + 1).trim();
      if (!METHODS.has(method)) continue;
      const args = call.childForFieldName('arguments');
      if (args?.type !== 'argument_list') continue;
      const sql = pyArgument(args, 0, 'sql') ?? pyArgument(args, 0, 'operation') ?? pyArgument(args, 0, 'statement') ?? pyArgument(args, 0, 'raw_query');
      if (!sql) continue;
      const how = sqlBuilding(context, sql);
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
