import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP, replace } from '../_shared/common';
import { pyIsBoolean } from '../_shared/py-config';
import { pyCallsTo, pyKeyword, pyPositional, pyQualifiedName, pyUnwrap } from '../_shared/python';

const LXML_PARSERS = new Set(['lxml.etree.XMLParser', 'lxml.etree.XMLPullParser', 'lxml.etree.iterparse']);
/** SAX features that make the parser fetch external entities (off by default since Python 3.7.1). */
const EXTERNAL_FEATURES = new Set(['xml.sax.handler.feature_external_ges', 'xml.sax.handler.feature_external_pes']);
const LITERAL_FEATURES = /^['"]http:\/\/xml\.org\/sax\/features\/external-(general|parameter)-entities['"]$/;

const rule: SastRule = {
  id: 'py-xxe',
  scanner: 'sast',
  title: 'XML parser configured to resolve external entities (XXE)',
  severity: 'high',
  confidence: 'high',
  cwe: [611],
  tags: [OWASP.A05, 'xxe'],
  description:
    'An lxml parser with `resolve_entities=True` and network or DTD loading on, or a SAX parser with the external-entities feature set, substitutes `<!ENTITY x SYSTEM "file:///etc/passwd">` with the file\'s content (or an internal URL\'s), so an uploaded document reads server files. Use `defusedxml`, or lxml with `resolve_entities=False, no_network=True`.',
  languages: ['python'],
  detect(context) {
    if (!/XMLParser|XMLPullParser|iterparse|setFeature/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, name, arguments: argumentsNode } of pyCallsTo(context, new Set(['XMLParser', 'XMLPullParser', 'iterparse', 'setFeature']))) {
      if (!name || !argumentsNode) continue;
      if (LXML_PARSERS.has(name)) {
        // lxml: resolve_entities=True explicitly, or network access switched on (no_network=False).
        const resolve = pyKeyword(argumentsNode, 'resolve_entities');
        const network = pyKeyword(argumentsNode, 'no_network');
        if (resolve && pyIsBoolean(resolve.childForFieldName('value')!, true)) {
          hits.push({
            node: resolve,
            message: `${name.split('.').pop()}(resolve_entities=True) substitutes external entities, so a document can read local files (XXE); use resolve_entities=False`,
            fix: { title: 'Set resolve_entities=False', edits: [replace(context, pyUnwrap(resolve.childForFieldName('value')!), 'False')] },
          });
        }
        if (network && pyIsBoolean(network.childForFieldName('value')!, false)) {
          hits.push({
            node: network,
            message: `${name.split('.').pop()}(no_network=False) lets entities and DTDs be fetched over the network (XXE, SSRF); keep no_network=True`,
            fix: { title: 'Set no_network=True', edits: [replace(context, pyUnwrap(network.childForFieldName('value')!), 'True')] },
          });
        }
        continue;
      }
      if (!name.endsWith('.setFeature')) continue;
      // parser.setFeature(feature_external_ges, True) on an xml.sax parser.
      const feature = pyPositional(argumentsNode, 0);
      const state = pyPositional(argumentsNode, 1);
      if (!feature || !state || !pyIsBoolean(state, true)) continue;
      const featureName = pyQualifiedName(context, pyUnwrap(feature));
      const external = (featureName && (EXTERNAL_FEATURES.has(featureName) || /^feature_external_(ges|pes)$/.test(featureName))) || LITERAL_FEATURES.test(pyUnwrap(feature).text);
      if (!external) continue;
      hits.push({
        node: call,
        message: 'setFeature(external entities, True) makes the SAX parser fetch external entities, so a document can read local files (XXE); leave the feature off',
        fix: { title: 'Set the feature to False', edits: [replace(context, pyUnwrap(state), 'False')] },
      });
    }
    return hits;
  },
};

export default rule;
