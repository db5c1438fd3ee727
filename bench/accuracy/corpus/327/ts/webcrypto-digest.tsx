// preflight-bench: safe CWE-328 -- SHA-256 through WebCrypto
import { useEffect, useState } from 'react';

export function Fingerprint({ text }: { text: string }) {
  const [hex, setHex] = useState('');
  useEffect(() => {
    crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((buf) => {
      setHex([...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join(''));
    });
  }, [text]);
  return <code>{hex}</code>;
}
