// preflight-bench: vulnerable CWE-1333 sink-line: 7
import { useMemo, useState } from 'react';

export function SearchBox({ items }: { items: string[] }) {
  const [pattern, setPattern] = useState('');
  const shown = useMemo(() => {
    const re = new RegExp(pattern);
    return items.filter((item) => re.test(item));
  }, [items, pattern]);
  return <div><input value={pattern} onChange={(e) => setPattern(e.target.value)} />{shown.join(', ')}</div>;
}
