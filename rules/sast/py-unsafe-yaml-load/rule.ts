import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';

const SAFE_LOADERS = /(^|\.)(SafeLoader|CSafeLoader|BaseLoader|CBaseLoader)$/;
const SAFE_NAMES: Record<string, string> = { load: 'safe_load', load_all: 'safe_load_all' };

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
    const hits: SastHit[] = [];
    const matches = context.matches(`
      ((call
        function: (attribute object: (identifier) @module attribute: (identifier) @function)
        arguments: (argument_list) @arguments) @call
      (#eq? @module "yaml")
      (#any-of? @function "load" "load_all" "unsafe_load" "unsafe_load_all" "full_load" "full_load_all"))`);
    for (const match of matches) {
      const call = match.get('call')!;
      const fn = match.get('function')!;
      const loader = match
        .get('arguments')!
        .namedChildren.find((argument) => argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'Loader');
      const loaderValue = loader?.childForFieldName('value')?.text;
      if (loaderValue && SAFE_LOADERS.test(loaderValue)) continue;
      const safeName = SAFE_NAMES[fn.text];
      hits.push({
        node: call,
        message: `yaml.${fn.text}() ${loaderValue ? `with ${loaderValue} ` : ''}can construct arbitrary Python objects (CWE-502); use yaml.safe_load()`,
        fix:
          safeName && !loader
            ? {
                title: `Use yaml.${safeName}()`,
                edits: [{ range: context.file.rangeOf(fn.startIndex, fn.endIndex), newText: safeName }],
              }
            : undefined,
      });
    }
    return hits;
  },
};

export default rule;
