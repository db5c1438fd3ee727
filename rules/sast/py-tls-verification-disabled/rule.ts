import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, excerpt, replace } from '../_shared/common';
import { pyQualifiedName, pyResolve, pyUnwrap } from '../_shared/python';

/** Methods of request sessions / clients (requests, httpx) that take `verify=`. */
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'send', 'stream', 'Client', 'AsyncClient']);
const HTTP_MODULES = /^(requests|httpx)\./;
const SESSION_FACTORIES = new Set(['requests.Session', 'requests.session', 'requests.sessions.Session', 'httpx.Client', 'httpx.AsyncClient']);

function isHttpCall(context: SastContext, callee: Node): boolean {
  const name = pyQualifiedName(context, callee);
  if (name && HTTP_MODULES.test(name)) return true;
  const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  return !!method && HTTP_METHODS.has(method) && !/^(jwt|json|os|dict)\./.test(name ?? '');
}

/** `session.verify = False`: the object is (or is named like) a requests/httpx session. */
function isSession(context: SastContext, object: Node): boolean {
  const inner = pyUnwrap(object);
  if (inner.type === 'identifier') {
    const value = pyResolve(inner)?.value;
    const fn = value?.type === 'call' ? value.childForFieldName('function') : undefined;
    const factory = fn && pyQualifiedName(context, fn);
    if (factory) return SESSION_FACTORIES.has(factory);
  }
  return /session|client/i.test(inner.text);
}

const rule: SastRule = {
  id: 'py-tls-verification-disabled',
  scanner: 'sast',
  title: 'TLS certificate verification disabled',
  severity: 'medium',
  confidence: 'high',
  cwe: [295],
  tags: [OWASP.A07, 'tls'],
  description:
    '`verify=False`, `ssl._create_unverified_context()`, `CERT_NONE` and `check_hostname = False` make TLS accept any certificate, so anyone on the network path can impersonate the server and read or change the traffic. Keep verification on and point `verify=` / `cafile=` at your CA bundle.',
  languages: ['python'],
  detect(context) {
    if (!/verify|_create_unverified_context|CERT_NONE|check_hostname/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const matches = context.matches(`
      ((call function: (_) @callee arguments: (argument_list (keyword_argument name: (identifier) @key value: (_) @value) @node))
       (#any-of? @key "verify" "cert_reqs"))
      ((assignment left: (attribute object: (_) @object attribute: (identifier) @key) right: (_) @value) @node
       (#any-of? @key "verify" "check_hostname"))
      ((identifier) @reference
       (#any-of? @reference "_create_unverified_context" "CERT_NONE"))`);
    for (const match of matches) {
      const key = match.get('key')?.text;
      const value = match.get('value');
      const node = match.get('node');
      if (key === 'verify' && value && node && pyUnwrap(value).type === 'false') {
        const callee = match.get('callee');
        const object = match.get('object');
        if (callee ? !isHttpCall(context, callee) : !object || !isSession(context, object)) continue;
        const what = callee ? `${excerpt(callee)}(verify=False)` : `${excerpt(object!)}.verify = False`;
        hits.push({
          node,
          message: `${what} accepts any TLS certificate, so the connection can be intercepted; keep verify=True or pass the path of your CA bundle`,
          fix: { title: 'Set verify=True', edits: [replace(context, pyUnwrap(value), 'True')] },
        });
      } else if (key === 'check_hostname' && value && node && pyUnwrap(value).type === 'false') {
        hits.push({
          node,
          message: `check_hostname = False accepts a valid certificate for any host, so the connection can be intercepted; keep hostname checking on`,
        });
      } else if (key === 'cert_reqs' && value && node) {
        const inner = pyUnwrap(value);
        const none = inner.type === 'string' ? /^['"]CERT_NONE['"]$/.test(inner.text) : pyQualifiedName(context, inner) === 'ssl.CERT_NONE';
        if (none) hits.push({ node, message: `cert_reqs=CERT_NONE turns off certificate verification; use CERT_REQUIRED` });
      } else if (match.has('reference')) {
        const identifier = match.get('reference')!;
        const parent = identifier.parent;
        if (parent?.type === 'keyword_argument' || parent?.type === 'dotted_name' || parent?.type === 'aliased_import') continue;
        const reference = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === identifier.startIndex ? parent : identifier;
        const name = pyQualifiedName(context, reference);
        const holder = reference.parent;
        if (name === 'ssl._create_unverified_context') {
          const call = holder?.type === 'call' && holder.childForFieldName('function')?.startIndex === reference.startIndex ? holder : undefined;
          const noArguments = call?.childForFieldName('arguments')?.namedChildCount === 0;
          const attribute = reference.type === 'attribute' ? reference.childForFieldName('attribute') : null;
          hits.push({
            node: call ?? (holder?.type === 'assignment' ? holder : reference),
            message: call
              ? `ssl._create_unverified_context() skips certificate and hostname checks; use ssl.create_default_context()`
              : `ssl._create_unverified_context used as a context factory turns off certificate checks${holder?.type === 'assignment' ? ' for every connection that uses it' : ''}; use ssl.create_default_context`,
            fix:
              call && noArguments && attribute
                ? { title: 'Use ssl.create_default_context()', edits: [replace(context, attribute, 'create_default_context')] }
                : undefined,
          });
        } else if (name === 'ssl.CERT_NONE') {
          // Only where CERT_NONE is set, not where it is compared: `x.verify_mode = ssl.CERT_NONE`, `cert_reqs=ssl.CERT_NONE` (handled above).
          if (holder?.type !== 'assignment' || holder.childForFieldName('right')?.startIndex !== reference.startIndex) continue;
          hits.push({ node: holder, message: `verify_mode = CERT_NONE turns off certificate verification; use CERT_REQUIRED` });
        }
      }
    }
    return hits;
  },
};

export default rule;
