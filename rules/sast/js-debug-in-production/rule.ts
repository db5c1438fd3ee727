import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { isDevelopmentPath } from '../_shared/dev-paths';
import { jsBooleanValue, jsHasSpread, jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';

/**
 * A condition that keeps code to development or tests: `NODE_ENV === 'development'`,
 * `app.get('env') === 'development'`, `isDev`, `ENABLE_DEV_TOOLS`, `!isProduction`, `NODE_ENV !== 'production'`.
 */
const DEVELOPMENT_GUARD = /develop|(?:^|[^a-z])(?:dev|local|test|testing)(?:[^a-z]|$)|isDev|!\s*isProd|NODE_ENV\s*!==?\s*['"`]production/i;
/** Hosts that keep a debugger port on the machine itself. */
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;
/** Response calls and receivers whose argument is sent to the client. */
const RESPONSE_CALL = /^(?:res|response|reply|ctx\.res)\.(?:json|send|jsonp|end|write)$|^(?:Response|NextResponse)\.json$/;
const APOLLO_DEBUG_KEYS = ['includeStacktraceInErrorResponses', 'debug'];

/** True when the node only runs under a development check (an enclosing `if`, `&&` or `?:` on the environment). */
function underDevelopmentGuard(node: Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    let condition: Node | null = null;
    if (parent.type === 'if_statement' && child.type !== 'parenthesized_expression') condition = parent.childForFieldName('condition');
    else if (parent.type === 'ternary_expression' && child.startIndex !== parent.childForFieldName('condition')?.startIndex) condition = parent.childForFieldName('condition');
    else if (parent.type === 'binary_expression' && parent.childForFieldName('operator')?.text === '&&' && child.startIndex === parent.childForFieldName('right')?.startIndex) {
      condition = parent.childForFieldName('left');
    }
    if (condition && DEVELOPMENT_GUARD.test(condition.text)) return true;
  }
  return false;
}

/** `process.env` used whole (not `process.env.PORT`), as in `res.json({ env: process.env })` or `{ ...process.env }`. */
function wholeEnvironment(within: Node): Node | undefined {
  for (const member of within.descendantsOfType('member_expression')) {
    if (!member || member.text.replace(/\s+/g, '') !== 'process.env') continue;
    const parent = member.parent;
    const readsOneVariable = (parent?.type === 'member_expression' || parent?.type === 'subscript_expression') && parent.childForFieldName('object')?.startIndex === member.startIndex;
    // `Object.keys(process.env)` lists names only: no values leave.
    const namesOnly = parent?.type === 'arguments' && /^Object\.keys$/.test(parent.parent?.childForFieldName('function')?.text ?? '');
    if (!readsOneVariable && !namesOnly) return member;
  }
  return undefined;
}

const rule: SastRule = {
  id: 'js-debug-in-production',
  scanner: 'sast',
  title: 'Debug feature left on in server code',
  severity: 'medium',
  confidence: 'medium',
  cwe: [489, 215],
  tags: [OWASP.A05, 'debug'],
  description:
    'Debugging aids meant for a developer\'s machine expose the server when they ship: `errorhandler()` sends stack traces and source to every client, `inspector.open()` opens a port that runs any code sent to it, Apollo\'s `includeStacktraceInErrorResponses: true` / `debug: true` puts stack traces in GraphQL errors, and a response that sends the whole `process.env` publishes every secret in the environment. Enable them only behind a development check (`if (process.env.NODE_ENV === \'development\')`).',
  languages: JS_LANGUAGES,
  detect(context) {
    const text = context.file.text;
    if (!/errorhandler|inspector|ApolloServer|process\.env/.test(text) || isDevelopmentPath(context.file.path)) return [];
    const hits: SastHit[] = [];
    const errorhandler = jsModuleBindings(context, ['errorhandler']);
    const inspector = jsModuleBindings(context, ['inspector']);
    const apollo = jsModuleBindings(context, ['@apollo/server', 'apollo-server', 'apollo-server-express', 'apollo-server-koa', 'apollo-server-fastify', 'apollo-server-lambda']);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      const inner = jsUnwrap(callee);
      // errorhandler(): `import errorhandler from 'errorhandler'` binds the whole module, called directly.
      if (call.type === 'call_expression' && inner.type === 'identifier' && errorhandler.namespaces.has(inner.text)) {
        if (underDevelopmentGuard(call)) continue;
        hits.push({ node: call, message: 'errorhandler() sends stack traces and source to every client; register it only when NODE_ENV is development' });
        continue;
      }
      if (call.type === 'call_expression' && jsModuleMember(callee, ['inspector'], inspector) === 'open') {
        if (underDevelopmentGuard(call)) continue;
        const host = candidate.arguments[1] ? jsLiteralText(candidate.arguments[1]) : undefined;
        const exposed = host !== undefined && !LOOPBACK.test(host);
        hits.push({
          node: call,
          message: exposed
            ? `inspector.open() listens on ${host}, so anyone who reaches the port runs code in this process; remove it from production code`
            : 'inspector.open() starts the V8 debugger, which runs any code sent to its port; remove it from production code or guard it with a development check',
        });
        continue;
      }
      if (call.type === 'new_expression' && /ApolloServer$/.test(inner.text) && (apollo.members.has(inner.text) || apollo.namespaces.size > 0)) {
        const options = jsObjectLiteral(candidate.arguments[0]);
        if (!options || jsHasSpread(options)) continue;
        for (const key of APOLLO_DEBUG_KEYS) {
          const pair = jsProperty(options, key);
          if (pair && jsBooleanValue(pair) === true) {
            hits.push({ node: pair, message: `${key}: true puts stack traces in the GraphQL errors sent to clients; leave it unset (Apollo decides from NODE_ENV) or take it from the environment` });
          }
        }
        continue;
      }
      if (call.type === 'call_expression' && RESPONSE_CALL.test(inner.text.replace(/\s+/g, ''))) {
        const env = candidate.arguments.map(wholeEnvironment).find((found) => found !== undefined);
        if (env && !underDevelopmentGuard(call)) {
          hits.push({ node: call, message: 'The response sends the whole process.env, with every secret in the environment; send only the values the client needs' });
        }
      }
    }
    return hits;
  },
};

export default rule;
