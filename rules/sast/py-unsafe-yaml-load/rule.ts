import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { pyArgument, pyCallsTo, pyQualifiedName, pyUnwrap } from '../_shared/python';

const SAFE_LOADERS = /(^|\.)(SafeLoader|CSafeLoader|BaseLoader|CBaseLoader)$/;
const SAFE_NAMES: Record<string, string> = { load: 'safe_load', load_all: 'safe_load_all' };
const UNSAFE = new Set(['load', 'load_all', 'unsafe_load', 'unsafe_load_all', 'full_load', 'full_load_all']);

const rule: SastRule = {
  id: 'py-unsafe-yaml-load',
  scanner: 'sast',
  title: 'YAML loaded with a loader that can build arbitrary Python objects',
  severity: 'high',
  confidence: 'high',
  cwe: [502],
  tags: [OWASP.A08, 'deserialization'],
  description:
    '`yaml.load` without a safe loader (and `yaml.unsafe_load` / `full_load`) can instantiate arbitrary Python objects from the document, which runs code when the YAML is attacker-controlled. Use `yaml.safe_load`.',
  languages: ['python'],
  detect(context) {
    if (!/yaml/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, callee, name, arguments: argumentsNode } of pyCallsTo(context, UNSAFE)) {
      // `yaml.load`, `y.load` after `import yaml as y`, `load` after `from yaml import load`.
      if (!name || !argumentsNode || !/^yaml\.\w+$/.test(name)) continue;
      const fn = name.slice('yaml.'.length);
      if (!UNSAFE.has(fn)) continue;
      // The loader may be passed by keyword or as the second positional argument.
      const loader = fn === 'load' || fn === 'load_all' ? pyArgument(argumentsNode, 1, 'Loader') : undefined;
      const loaderName = loader ? (pyQualifiedName(context, pyUnwrap(loader)) ?? loader.text) : undefined;
      if (loaderName && SAFE_LOADERS.test(loaderName)) continue;
      const safeName = SAFE_NAMES[fn];
      // Renamed only as `<module>.load` with no loader: a bare `load` imported by name would also need its import changed.
      const attribute = callee.type === 'attribute' ? callee.childForFieldName('attribute') : null;
      hits.push({
        node: call,
        message: `yaml.${fn}() ${loader ? `with ${loader.text} ` : ''}can construct arbitrary Python objects (CWE-502); use yaml.safe_load()`,
        fix: safeName && !loader && attribute ? { title: `Use yaml.${safeName}()`, edits: [replace(context, attribute, safeName)] } : undefined,
      });
    }
    return hits;
  },
};

export default rule;
