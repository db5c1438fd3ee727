import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember } from '../_shared/javascript';

/** Module → the functions that rebuild functions (and so run code) from the data. */
const SINKS: Record<string, string[]> = {
  'node-serialize': ['unserialize'],
  'serialize-to-js': ['deserialize'],
  funcster: ['deepDeserialize', 'deserialize'],
};

const rule: SastRule = {
  id: 'js-unsafe-deserialization',
  scanner: 'sast',
  title: 'Deserialisation that can run code (node-serialize, serialize-to-js, funcster)',
  severity: 'high',
  confidence: 'high',
  cwe: [502],
  tags: [OWASP.A08, 'deserialization'],
  description:
    '`node-serialize` `unserialize()`, `serialize-to-js` `deserialize()` and `funcster` rebuild functions from the data with `eval`, so a payload such as `{"x":"_$$ND_FUNC$$_function(){…}()"}` runs the attacker\'s code. Exchange data as JSON (`JSON.parse`) and validate it.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/node-serialize|serialize-to-js|funcster/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const [module, functions] of Object.entries(SINKS)) {
      const bindings = jsModuleBindings(context, [module]);
      for (const { call, callee, arguments: args } of jsCalls(context)) {
        if (call.type !== 'call_expression') continue;
        const member = jsModuleMember(callee, [module], bindings);
        if (!member || !functions.includes(member)) continue;
        // A literal written in the code is not attacker data.
        if (args[0] && jsLiteralText(args[0]) !== undefined) continue;
        hits.push({
          node: call,
          message: `${module} ${member}() evaluates functions embedded in the data, so whoever controls the input runs code; use JSON.parse and validate the result`,
        });
      }
    }
    return hits;
  },
};

export default rule;
