import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsUnwrap } from '../_shared/javascript';
import { flowHit, taintAnalysis } from '../_shared/taint';

/** Methods that run the SQL text they are given (pg, mysql/mysql2, Sequelize, TypeORM, Knex, postgres.js, Prisma). */
const SQL_METHODS = new Set(['query', 'execute', 'raw', 'unsafe', '$queryRawUnsafe', '$executeRawUnsafe', 'whereRaw', 'orWhereRaw', 'havingRaw', 'orderByRaw', 'joinRaw', 'fromRaw', 'selectRaw', 'groupByRaw']);
/** sqlite3 / better-sqlite3 methods: also names of unrelated APIs (`map.get`), so only on a database-looking receiver. */
const SQLITE_METHODS = new Set(['run', 'all', 'get', 'each', 'exec', 'prepare']);
const DATABASE_RECEIVER = /(?:^|\.)(?:db|database|sqlite|conn|connection|client|pool|knex|sequelize|trx|tx)$/i;
/** TypeORM query builders: `where(string)` is raw SQL. */
const BUILDER_METHODS = new Set(['where', 'andWhere', 'orWhere', 'having', 'andHaving', 'orHaving', 'orderBy', 'addOrderBy', 'select', 'addSelect']);

const rule: SastRule = {
  id: 'js-sql-injection',
  scanner: 'sast',
  title: 'Untrusted input reaches a SQL query string',
  severity: 'critical',
  confidence: 'high',
  cwe: [89],
  tags: [OWASP.A03, 'sql-injection', 'taint'],
  description:
    'Request or URL data is built into the SQL text of `query()`/`execute()` (mysql, pg, sqlite3), `sequelize.query`, `knex.raw`/`whereRaw`, TypeORM `query()` or a query builder\'s `where()`. Pass values as bind parameters (`?`, `$1`, `:name`, replacements).',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const method = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      if (inner.type !== 'member_expression') continue;
      const receiver = inner.childForFieldName('object')?.text ?? '';
      const sql =
        SQL_METHODS.has(method) ||
        (SQLITE_METHODS.has(method) && DATABASE_RECEIVER.test(receiver)) ||
        (BUILDER_METHODS.has(method) && /createQueryBuilder|(?:^|\.)(?:qb|queryBuilder|builder)$/.test(receiver));
      if (!sql) continue;
      const hit = flowHit(context, args[0], 'sql', call, `the SQL text of \`${method}()\``, {
        advice: 'pass values as bind parameters instead',
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
