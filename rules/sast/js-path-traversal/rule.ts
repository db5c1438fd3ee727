import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';
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
      for (const path of paths) {
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
