import type { Node, SastContext, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP } from '../_shared/common';
import { jsCalleeName, jsCalls, jsLiteralText, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';
import { jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { taintAnalysis } from '../_shared/taint';

/** Module → the functions that rebuild functions (and so run code) from the data. */
const SINKS: Record<string, string[]> = {
  'node-serialize': ['unserialize'],
  'serialize-to-js': ['deserialize'],
  funcster: ['deepDeserialize', 'deserialize'],
};

/** js-yaml 3's schema with `!!js/function` (built with `new Function`), `!!js/regexp` and `!!js/undefined`. */
const FULL_SCHEMA = /(?:^|\.)DEFAULT_FULL_SCHEMA$/;
/** Events whose listener receives bytes from the network: ws / net / dgram `message` and `data`. */
const NETWORK_EVENTS = new Set(['message', 'data']);
const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function']);

/**
 * True when the value is a parameter of a listener for network data: `socket.on('message', (data) => …)`,
 * `ws.addEventListener('message', (event) => …)`. The taint engine does not treat those as sources.
 */
function isNetworkListenerParameter(value: Node): boolean {
  const inner = jsUnwrap(value);
  if (inner.type !== 'identifier') return false;
  for (let fn = inner.parent; fn; fn = fn.parent) {
    if (!FUNCTIONS.has(fn.type)) continue;
    const parameters = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
    const declares = parameters?.type === 'identifier' ? parameters.text === inner.text : !!parameters?.namedChildren.some((parameter) => parameter?.text.split(/[:=]/)[0].trim() === inner.text);
    if (!declares) continue;
    const call = fn.parent?.type === 'arguments' ? fn.parent.parent : undefined;
    const callee = call?.type === 'call_expression' ? call.childForFieldName('function') : undefined;
    const event = call?.childForFieldName('arguments')?.namedChild(0);
    return !!callee && /^(?:on|once|addListener|addEventListener)$/.test(jsCalleeName(callee)) && !!event && NETWORK_EVENTS.has(jsLiteralText(event) ?? '');
  }
  return false;
}

/** True when the data comes from the client: request data (taint engine) or a network listener's parameter. */
function fromClient(context: SastContext, value: Node): boolean {
  return isNetworkListenerParameter(value) || taintAnalysis(context).taintOf(jsUnwrap(value)) !== undefined;
}

const rule: SastRule = {
  id: 'js-unsafe-deserialization',
  scanner: 'sast',
  title: 'Unsafe deserialisation (node-serialize, serialize-to-js, funcster, js-yaml full schema, v8)',
  severity: 'high',
  confidence: 'high',
  cwe: [502],
  tags: [OWASP.A08, 'deserialization'],
  description:
    '`node-serialize` `unserialize()`, `serialize-to-js` `deserialize()` and `funcster` rebuild functions from the data with `eval`, so a payload such as `{"x":"_$$ND_FUNC$$_function(){…}()"}` runs the attacker\'s code; js-yaml 3 with `DEFAULT_FULL_SCHEMA` builds `!!js/function` values, and `v8.deserialize()` of bytes a client sent parses a format never meant for untrusted input. Exchange data as JSON (`JSON.parse`) and validate it.',
  languages: JS_LANGUAGES,
  detect(context) {
    const text = context.file.text;
    if (!/node-serialize|serialize-to-js|funcster|js-yaml|v8/.test(text)) return [];
    const hits: SastHit[] = [];
    const yaml = /DEFAULT_FULL_SCHEMA/.test(text) ? jsModuleBindings(context, ['js-yaml']) : undefined;
    const v8 = /deserialize/.test(text) ? jsModuleBindings(context, ['v8']) : undefined;
    for (const { call, callee, arguments: args } of yaml || v8 ? jsCalls(context) : []) {
      if (call.type !== 'call_expression' || !args[0] || jsLiteralText(args[0]) !== undefined) continue;
      const yamlMember = yaml && jsModuleMember(callee, ['js-yaml'], yaml);
      if (yamlMember === 'load' || yamlMember === 'loadAll') {
        // js-yaml 3: `load(text, { schema: DEFAULT_FULL_SCHEMA })` rebuilds `!!js/function` values with `new Function`.
        const options = jsObjectLiteral(args[1]);
        const schema = options && jsProperty(options, 'schema')?.childForFieldName('value');
        if (schema && FULL_SCHEMA.test(jsUnwrap(schema).text.replace(/\s+/g, ''))) {
          hits.push({ node: call, message: `js-yaml ${yamlMember}() with DEFAULT_FULL_SCHEMA turns \`!!js/function\` values into functions, so whoever controls the YAML runs code; use the default (safe) schema` });
        }
        continue;
      }
      // `v8.deserialize()` rebuilds objects of any structured-clone type; fed with bytes from a client it is an attack surface V8 does not defend.
      if (v8 && jsModuleMember(callee, ['v8'], v8) === 'deserialize' && fromClient(context, args[0])) {
        hits.push({ node: call, message: 'v8.deserialize() reads data a client sent: the V8 serialisation format is not meant for untrusted input (malformed data can crash or corrupt the process); exchange JSON and validate it' });
      }
    }
    if (!/node-serialize|serialize-to-js|funcster/.test(text)) return hits;
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
