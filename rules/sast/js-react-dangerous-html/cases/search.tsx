import DOMPurify from 'dompurify';
import { useSearchParams } from 'next/navigation';

export function Results({ html }: { html: string }) {
  const params = useSearchParams();
  const query = params.get('q') ?? '';
  const heading = `<h2>Results for ${query}</h2>`;
  // ruleid: js-react-dangerous-html
  const title = <div dangerouslySetInnerHTML={{ __html: heading }} />;
  // ruleid: js-react-dangerous-html
  const fragment = <p dangerouslySetInnerHTML={{ __html: decodeURIComponent(location.hash.slice(1)) }}></p>;
  // ok: js-react-dangerous-html (sanitised)
  const clean = <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(heading) }} />;
  // ok: js-react-dangerous-html (a prop: not input the file can see)
  const trusted = <div dangerouslySetInnerHTML={{ __html: html }} />;
  // ok: js-react-dangerous-html (rendered as text)
  const text = <h2>Results for {query}</h2>;
  return (
    <section>
      {title}
      {fragment}
      {clean}
      {trusted}
      {text}
    </section>
  );
}
