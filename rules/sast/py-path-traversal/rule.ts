import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyArgument, pyCalls, pyPositional } from '../_shared/python';
import { flowHit, taintAnalysis } from '../_shared/taint';

/** Functions (by qualified name) whose first argument is a path to open, write, delete or serve. */
const PATH_FUNCTIONS = new Set([
  'open', 'io.open', 'codecs.open', 'os.open', 'os.remove', 'os.unlink', 'os.rmdir', 'os.removedirs', 'os.listdir', 'os.scandir', 'os.makedirs',
  'os.mkdir', 'os.rename', 'os.replace', 'os.chmod', 'shutil.rmtree', 'shutil.copy', 'shutil.copyfile', 'shutil.copy2', 'shutil.copytree', 'shutil.move',
  'flask.send_file', 'send_file', 'django.http.FileResponse', 'FileResponse', 'aiofiles.open', 'tarfile.open', 'zipfile.ZipFile',
  'pathlib.Path.open', 'np.load', 'numpy.load', 'pandas.read_csv', 'pd.read_csv',
]);
/** `Path(x).read_text()` and friends: the path object's methods that touch the file. */
const PATH_METHODS = new Set(['read_text', 'read_bytes', 'write_text', 'write_bytes', 'unlink', 'rmdir', 'open', 'mkdir', 'touch', 'iterdir']);

const rule: SastRule = {
  id: 'py-path-traversal',
  scanner: 'sast',
  title: 'Untrusted input chooses a file path',
  severity: 'high',
  confidence: 'high',
  cwe: [22],
  tags: [OWASP.A01, 'path-traversal', 'taint'],
  description:
    'Request, route, command-line or `input()` data reaches the path of `open()`, `os`/`shutil` file operations, `pathlib.Path` methods or Flask `send_file()`; `../` in it escapes the intended folder. Use `werkzeug.utils.secure_filename()`/`os.path.basename()`, `send_from_directory()`, or check the resolved path stays under the base folder.',
  languages: ['python'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, name, arguments: argumentsNode } of pyCalls(context)) {
      if (!argumentsNode) continue;
      const last = callee.text.slice(callee.text.lastIndexOf('.') + 1);
      let path;
      if (name && PATH_FUNCTIONS.has(name)) path = pyArgument(argumentsNode, 0, 'file') ?? pyArgument(argumentsNode, 0, 'path');
      else if (PATH_METHODS.has(last) && callee.type === 'attribute') {
        const object = callee.childForFieldName('object');
        // Only on a Path built here: `Path(base, name).read_text()` / `(base / name).open()`.
        if (!object || !/^(?:pathlib\.)?Path\(|\/|^\w+_path$|^path$/.test(object.text)) continue;
        path = object;
      } else continue;
      const hit = flowHit(context, path ?? pyPositional(argumentsNode, 0), 'path', call, `the path of \`${last}()\``, {
        advice: 'use secure_filename()/os.path.basename() or send_from_directory()',
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
