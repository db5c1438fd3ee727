import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { lastName, pyCalls, pyPositional } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

/** Methods and functions that run the SQL text they are given (DB-API cursors, Django, SQLAlchemy, pandas). */
const SQL_METHODS = new Set(['execute', 'executemany', 'executescript', 'raw', 'read_sql', 'read_sql_query', 'mogrify']);
/** Wrap raw SQL text: Django `RawSQL(sql, params)`, SQLAlchemy `text(sql)`. */
const SQL_WRAPPERS = new Set(['RawSQL', 'text', 'literal_column']);

const rule: SastRule = {
  id: 'py-sql-injection',
  scanner: 'sast',
  title: 'Untrusted input reaches a SQL query string',
  severity: 'critical',
  confidence: 'high',
  cwe: [89],
  tags: [OWASP.A03, 'sql-injection', 'taint'],
  description:
    'Request, command-line or `input()` data is built into SQL text run by `cursor.execute()`, Django `raw()`/`extra()`/`RawSQL`, SQLAlchemy `text()` or pandas `read_sql()`. Pass values as query parameters (`%s`, `?`, `:name`).',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: argumentsNode } of pyCalls(context)) {
      if (!argumentsNode) continue;
      const name = lastName(callee);
      if (name === 'extra') {
        // Django QuerySet.extra(where=[…], select={…}, tables=[…]): every string is raw SQL.
        for (const keyword of argumentsNode.namedChildren) {
          if (keyword?.type !== 'keyword_argument' || !/^(?:where|select|tables|order_by)$/.test(keyword.childForFieldName('name')?.text ?? '')) continue;
          const hit = flowHit(context, keyword.childForFieldName('value') ?? undefined, 'sql', call, '`extra()`', { advice: 'use params= or the ORM instead' });
          if (hit) hits.push(hit);
        }
        continue;
      }
      const wrapper = SQL_WRAPPERS.has(name) && (callee.type === 'identifier' || /(?:^|\.)(?:sql|sqlalchemy|expressions)\.\w+$/.test(callee.text));
      if (!SQL_METHODS.has(name) && !wrapper) continue;
      if (SQL_METHODS.has(name) && callee.type !== 'attribute' && name !== 'read_sql' && name !== 'read_sql_query') continue;
      const hit = flowHit(context, pyPositional(argumentsNode, 0), 'sql', call, `the SQL text of \`${name}()\``, {
        advice: 'pass values as query parameters instead',
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
