// preflight-bench: safe CWE-338 -- crypto.getRandomValues
import { useState } from 'react';

export function InviteButton({ onInvite }: { onInvite: (code: string) => void }) {
  const [sent, setSent] = useState(false);
  function invite() {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    onInvite([...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''));
    setSent(true);
  }
  return <button onClick={invite} disabled={sent}>Invite</button>;
}
