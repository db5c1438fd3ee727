import DOMPurify from 'dompurify';
import { useRouter } from 'next/router';

export default function Profile() {
  const { query } = useRouter();
  const router = useRouter();
  // ruleid: js-react-dangerous-html
  const bio = <p dangerouslySetInnerHTML={{ __html: query.bio as string }} />;
  // ruleid: js-react-dangerous-html
  const share = <p dangerouslySetInnerHTML={{ __html: `<a href="${router.asPath}">share</a>` }} />;
  // ok: js-react-dangerous-html (sanitised)
  const clean = <p dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(String(query.bio)) }} />;
  // ok: js-react-dangerous-html (a number)
  const page = <p dangerouslySetInnerHTML={{ __html: Number(router.query.page).toLocaleString() }} />;
  // ok: js-react-dangerous-html (rendered as text)
  const text = <p>{query.bio}</p>;
  return (
    <main>
      {bio}
      {share}
      {clean}
      {page}
      {text}
    </main>
  );
}
