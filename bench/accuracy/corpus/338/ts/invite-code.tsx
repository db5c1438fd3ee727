// preflight-bench: vulnerable CWE-338 sink-line: 7
import { useState } from 'react';

export function InviteButton({ onInvite }: { onInvite: (code: string) => void }) {
  const [sent, setSent] = useState(false);
  function invite() {
    const secretCode = Math.random().toString(36).slice(-8);
    onInvite(secretCode);
    setSent(true);
  }
  return <button onClick={invite} disabled={sent}>Invite</button>;
}
