// preflight-bench: vulnerable CWE-79 sink-line: 7
import { useRouter } from 'next/router';

export default function SearchPage() {
  const { query } = useRouter();
  const term = String(query.q ?? '');
  return <p dangerouslySetInnerHTML={{ __html: `Results for <em>${term}</em>` }} />;
}
