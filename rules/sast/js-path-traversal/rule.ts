import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsModuleBindings, jsModuleMember, jsResolve, jsUnwrap, type JsModuleBindings } from '../_shared/javascript';
import { flowHit, taintAnalysis } from '../_shared/taint';

const FS_MODULES = ['fs', 'fs/promises', 'fs-extra', 'graceful-fs'];
/** fs functions whose first argument (both, for copy/rename/link) is a path. */
const PATH_FUNCTIONS = new Set([
  'readFile', 'readFileSync', 'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createReadStream', 'createWriteStream',
  'open', 'openSync', 'unlink', 'unlinkSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'readdir', 'readdirSync', 'mkdir', 'mkdirSync',
  'stat', 'statSync', 'lstat', 'lstatSync', 'access', 'accessSync', 'exists', 'existsSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
  'rename', 'renameSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'chmod', 'chmodSync', 'readJson', 'readJsonSync',
  'outputFile', 'outputFileSync', 'remove', 'removeSync', 'pathExists', 'pathExistsSync',
]);
const TWO_PATHS = new Set(['copyFile', 'copyFileSync', 'cp', 'cpSync', 'rename', 'renameSync', 'symlink', 'symlinkSync']);
/** Express response methods that read a file from disk. */
const SEND_FILE = new Set(['sendFile', 'download', 'sendfile']);

const PATH_MODULES = ['path', 'path/posix', 'path/win32'];
/** `path` functions whose result contains their arguments' text. */
const PATH_BUILDERS = new Set(['join', 'resolve', 'normalize']);

/**
 * The values a path is built from: the arguments of `join(…)` / `resolve(…)` imported from
 * `path` (`import { join } from 'node:path'`), which the engine follows only as `path.join`;
 * otherwise the path itself.
 */
function pathParts(path: Node, bindings: JsModuleBindings, depth = 0): Node[] {
  const inner = jsUnwrap(path);
  const callee = inner.type === 'call_expression' ? inner.childForFieldName('function') : null;
  if (!callee || depth > 3 || jsUnwrap(callee).type !== 'identifier' || !PATH_BUILDERS.has(jsModuleMember(callee, PATH_MODULES, bindings) ?? '')) return [path];
  const args = inner.childForFieldName('arguments')?.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment') ?? [];
  return args.flatMap((argument) => pathParts(argument, bindings, depth + 1));
}

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition']);

/**
 * The containment check that is provably right, so the rule accepts it:
 * `const target = path.resolve(BASE, name); if (!target.startsWith(BASE + path.sep)) <leave>;`
 * before the call, in the same function. `resolve` / `join` remove `..`, and the base followed by
 * a separator (`BASE + path.sep`, `` `${BASE}${path.sep}` ``, `BASE + '/'`) rules out a sibling
 * folder such as `/notes-old`. Leaving is `return`, `throw` or Koa's `ctx.throw(…)`.
 */
function confinedToBase(path: Node, call: Node, bindings: JsModuleBindings): boolean {
  const variable = jsUnwrap(path);
  if (variable.type !== 'identifier') return false;
  const value = jsResolve(variable)?.value;
  const builder = value && jsUnwrap(value).type === 'call_expression' ? jsUnwrap(value) : undefined;
  const callee = builder?.childForFieldName('function');
  if (!builder || !callee || !['resolve', 'join'].includes(jsModuleMember(callee, PATH_MODULES, bindings) ?? '')) return false;
  const base = builder.childForFieldName('arguments')?.namedChild(0)?.text;
  if (!base || !/^[\w$.]+$/.test(base)) return false;
  const quote = (text: string) => text.replace(/[.$]/g, (character) => `\\${character}`);
  const withSeparator = `(?:${quote(base)}\\+(?:\\w+\\.)?sep|${quote(base)}\\+(['"])[/\\\\]{1,2}\\1|\`\\$\\{${quote(base)}\\}(?:\\$\\{(?:\\w+\\.)?sep\\}|/)\`)`;
  const rejects = new RegExp(`^!${quote(variable.text)}\\.startsWith\\(${withSeparator}\\)$`);
  let fn: Node | null = call.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  const body = fn?.childForFieldName('body');
  if (!body) return false;
  return body.descendantsOfType('if_statement').some((statement) => {
    if (!statement || statement.endIndex > call.startIndex || statement.childForFieldName('alternative')) return false;
    const condition = statement.childForFieldName('condition');
    const consequence = statement.childForFieldName('consequence');
    if (!condition || !consequence || !rejects.test(jsUnwrap(condition).text.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1'))) return false;
    const last = consequence.type === 'statement_block' ? consequence.namedChildren.filter((child) => child?.type !== 'comment').at(-1) : consequence;
    return !!last && (last.type === 'return_statement' || last.type === 'throw_statement' || (last.type === 'expression_statement' && /^\w+\.throw\s*\(/.test(last.text)));
  });
}

/** True when `res.sendFile(path, { root })` confines the path to a root directory (Express rejects `..` then). */
function hasRoot(options: Node | undefined): boolean {
  const inner = options && jsUnwrap(options);
  return !!inner && inner.type === 'object' && inner.namedChildren.some((property) => property?.type === 'pair' && property.childForFieldName('key')?.text.replace(/['"]/g, '') === 'root');
}

const rule: SastRule = {
  id: 'js-path-traversal',
  scanner: 'sast',
  title: 'Untrusted input chooses a file path',
  severity: 'high',
  confidence: 'high',
  cwe: [22],
  tags: [OWASP.A01, 'path-traversal', 'taint'],
  description:
    'Request or command-line data reaches a path of `fs.*` (read, write, delete, stat…) or Express `res.sendFile()`/`res.download()`; `../` in it escapes the intended folder. Use `path.basename()`, or resolve the path and check it stays under the base folder.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const fs = jsModuleBindings(context, FS_MODULES);
    const pathModule = jsModuleBindings(context, PATH_MODULES);
    const hits: SastHit[] = [];
    for (const { call, callee, arguments: args } of jsCalls(context)) {
      if (call.type !== 'call_expression') continue;
      const name = jsCalleeName(callee);
      const inner = jsUnwrap(callee);
      let paths: Node[] = [];
      if (PATH_FUNCTIONS.has(name)) {
        // `fs.readFile`, `fs.promises.readFile`, `readFile` imported from fs or fs/promises.
        const object = inner.type === 'member_expression' ? jsUnwrap(inner.childForFieldName('object') ?? inner) : undefined;
        const viaPromises = object?.type === 'member_expression' && object.childForFieldName('property')?.text === 'promises' && !!jsModuleMember(object, FS_MODULES, fs);
        if (!jsModuleMember(callee, FS_MODULES, fs) && !viaPromises) continue;
        paths = TWO_PATHS.has(name) ? args.slice(0, 2) : args.slice(0, 1);
      } else if (SEND_FILE.has(name) && inner.type === 'member_expression' && /^(?:res|response)$/.test(inner.childForFieldName('object')?.text ?? '')) {
        if (name === 'sendFile' && hasRoot(args[1])) continue;
        paths = args.slice(0, 1);
      } else continue;
      for (const path of paths.flatMap((path) => pathParts(path, pathModule))) {
        if (confinedToBase(path, call, pathModule)) continue;
        const hit = flowHit(context, path, 'path', call, `the path of \`${name}()\``, { advice: 'use path.basename() or check the resolved path stays under the base folder' });
        if (hit) {
          hits.push(hit);
          break;
        }
      }
    }
    return hits;
  },
};

export default rule;
