import DOMPurify from 'dompurify';
import { marked } from 'marked';

const LOGO = '<svg viewBox="0 0 10 10"></svg>';

export function Post({ title, html }: { title: string; html: string }) {
  // ruleid: js-react-unsanitised-html
  const heading = <h1 dangerouslySetInnerHTML={{ __html: `<span class="t">${title}</span>` }} />;
  // ruleid: js-react-unsanitised-html
  const body = <div dangerouslySetInnerHTML={{ __html: html }} />;
  // ok: js-react-unsanitised-html (sanitised)
  const clean = <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
  // ok: js-react-unsanitised-html (a constant)
  const logo = <i dangerouslySetInnerHTML={{ __html: LOGO }} />;
  return <article>{heading}{body}{clean}{logo}</article>;
}

export function Legacy(props: { body: string }) {
  // ruleid: js-react-unsanitised-html
  return <div dangerouslySetInnerHTML={{ __html: props.body }} />;
}

export function Preview({ source }: { source: string }) {
  const sanitised = DOMPurify.sanitize(marked.parse(source) as string);
  // ok: js-react-unsanitised-html (sanitised in a const)
  return <div dangerouslySetInnerHTML={{ __html: sanitised }} />;
}

export function Greeting({ name }: { name: string }) {
  // ok: js-react-unsanitised-html (rendered as a child, React escapes it)
  return <p>Hello {name}</p>;
}
