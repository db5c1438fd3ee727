import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyCallsTo, pyKeyword, pyUnwrap } from '../_shared/python';

const PICKLE_MODULES = ['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle'];
/** Calls that rebuild objects from bytes by running constructors / reducers named in the data. */
const SINKS = new Map<string, string>([
  ...PICKLE_MODULES.flatMap((module) => ['load', 'loads', 'Unpickler'].map((fn): [string, string] => [`${module}.${fn}`, 'pickle'])),
  ['marshal.load', 'marshal'],
  ['marshal.loads', 'marshal'],
  ['shelve.open', 'pickle'],
  ['shelve.DbfilenameShelf', 'pickle'],
  ['jsonpickle.decode', 'pickle'],
  ['jsonpickle.unpickler.decode', 'pickle'],
  ['pandas.read_pickle', 'pickle'],
  ['joblib.load', 'pickle'],
]);
const LAST_NAMES = new Set([...SINKS.keys(), 'numpy.load'].map((name) => name.slice(name.lastIndexOf('.') + 1)));

const rule: SastRule = {
  id: 'py-unsafe-deserialization',
  scanner: 'sast',
  title: 'Deserialisation that can run arbitrary code (pickle, marshal, shelve)',
  severity: 'high',
  confidence: 'medium',
  cwe: [502],
  tags: [OWASP.A08, 'deserialization'],
  description:
    '`pickle` (and cPickle, dill, cloudpickle, joblib, jsonpickle, shelve, pandas.read_pickle) rebuild objects by calling functions named in the data, so loading bytes an attacker can influence runs their code; `marshal` is not safe for untrusted data either. Use JSON or another data-only format, or sign the data and verify it before loading.',
  languages: ['python'],
  detect(context) {
    const hits: SastHit[] = [];
    for (const candidate of pyCallsTo(context, LAST_NAMES)) {
      const { call, name, arguments: argumentsNode } = candidate;
      if (!name || !argumentsNode) continue;
      let format = SINKS.get(name);
      if (!format && (name === 'numpy.load' || name === 'numpy.lib.npyio.load')) {
        // numpy refuses pickled object arrays unless allow_pickle=True.
        const allow = pyKeyword(argumentsNode, 'allow_pickle')?.childForFieldName('value');
        if (allow && pyUnwrap(allow).type === 'true') format = 'pickle';
      }
      if (!format) continue;
      const what =
        format === 'marshal'
          ? `${name}() is not safe for untrusted data (malformed input can crash or subvert the interpreter)`
          : `${name}() unpickles, which calls functions named in the data, so whoever controls the bytes runs code`;
      hits.push({
        node: call,
        message: `${what}; use JSON or another data-only format for anything this program did not write itself`,
      });
    }
    return hits;
  },
};

export default rule;
