// preflight-bench: safe CWE-79 -- HTML sanitised with DOMPurify before rendering
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Preview({ source }: { source: string }) {
  const html = DOMPurify.sanitize(marked.parse(source) as string);
  return <div className="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
