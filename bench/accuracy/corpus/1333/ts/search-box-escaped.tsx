// preflight-bench: safe CWE-1333 -- special characters escaped
import { useMemo, useState } from 'react';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function SearchBox({ items }: { items: string[] }) {
  const [pattern, setPattern] = useState('');
  const shown = useMemo(() => {
    const re = new RegExp(escape(pattern), 'i');
    return items.filter((item) => re.test(item));
  }, [items, pattern]);
  return <div><input value={pattern} onChange={(e) => setPattern(e.target.value)} />{shown.join(', ')}</div>;
}
