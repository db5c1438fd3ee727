import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { flowHit, taintAnalysis } from '../_shared/taint';

const DANGEROUS_HTML = `
  (jsx_attribute (property_identifier) @name
    (jsx_expression (object (pair key: (property_identifier) @key value: (_) @value))))`;

const rule: SastRule = {
  id: 'js-react-dangerous-html',
  scanner: 'sast',
  title: 'Untrusted input reaches dangerouslySetInnerHTML',
  severity: 'high',
  confidence: 'high',
  cwe: [79],
  tags: [OWASP.A03, 'xss', 'react', 'taint'],
  description:
    'URL data (`location`, `useSearchParams()`, Next.js `router.query`, `document.referrer`…) or request data reaches React\'s `dangerouslySetInnerHTML={{ __html }}`, which bypasses React\'s escaping: cross-site scripting. Render it as a child (`{value}`) or sanitise it with DOMPurify first.',
  languages: ['javascript', 'tsx'],
  detect(context) {
    if (taintAnalysis(context).empty) return [];
    if (!context.file.text.includes('dangerouslySetInnerHTML')) return [];
    const hits: SastHit[] = [];
    for (const match of context.matches(DANGEROUS_HTML)) {
      if (match.get('name')?.text !== 'dangerouslySetInnerHTML' || match.get('key')?.text !== '__html') continue;
      const value = match.get('value')!;
      const attribute = match.get('name')!.parent!;
      const hit = flowHit(context, value, 'html', attribute, '`dangerouslySetInnerHTML`', { advice: 'render it as a child or sanitise it with DOMPurify' });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

export default rule;
