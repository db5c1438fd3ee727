import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { JS_LANGUAGES, OWASP, replace } from '../_shared/common';
import { jsBooleanValue, jsObjectLiteral, jsProperty } from '../_shared/js-objects';
import { jsCalleeName, jsCalls, jsModuleBindings, jsModuleMember, jsUnwrap } from '../_shared/javascript';

const LIBXML = ['libxmljs', 'libxmljs2'];
const PARSERS = new Set(['parseXml', 'parseXmlString', 'parseXmlAsync', 'parseXmlStringAsync']);

const rule: SastRule = {
  id: 'js-xxe',
  scanner: 'sast',
  title: 'XML parsed with external entity substitution (XXE)',
  severity: 'high',
  confidence: 'high',
  cwe: [611],
  tags: [OWASP.A05, 'xxe'],
  description:
    'libxmljs with `noent: true` substitutes entities, including external ones: a document that declares `<!ENTITY x SYSTEM "file:///etc/passwd">` reads local files (or internal URLs) into the parsed result. Leave `noent` off for any XML you did not write.',
  languages: JS_LANGUAGES,
  detect(context) {
    if (!/noent/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const bindings = jsModuleBindings(context, LIBXML);
    for (const candidate of jsCalls(context)) {
      const { call, callee } = candidate;
      if (call.type !== 'call_expression' || !PARSERS.has(jsCalleeName(callee))) continue;
      // Imported from libxmljs / libxmljs2 (any import form), or called on a name that says libxml.
      const member = jsModuleMember(callee, LIBXML, bindings);
      if (!member && !/libxml/i.test(jsUnwrap(callee).text)) continue;
      const options = jsObjectLiteral(candidate.arguments[1]);
      const noent = options && jsProperty(options, 'noent');
      if (!noent || jsBooleanValue(noent) !== true) continue;
      const inline = noent.startIndex >= call.startIndex && noent.endIndex <= call.endIndex;
      hits.push({
        node: inline ? noent : call,
        message: `${jsCalleeName(callee)}() with noent: true substitutes external entities, so the document can read local files or internal URLs (XXE); leave noent off`,
        fix: inline ? { title: 'Set noent: false', edits: [replace(context, jsUnwrap(noent.childForFieldName('value')!), 'false')] } : undefined,
      });
    }
    return hits;
  },
};

export default rule;
