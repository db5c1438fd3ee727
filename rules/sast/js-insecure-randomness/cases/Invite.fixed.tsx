import React from 'react';

export function InviteList({ names }: { names: string[] }) {
  // ruleid: js-insecure-randomness
  const inviteCode = crypto.randomUUID();
  return (
    <ul>
      {names.map((name) => (
        // ok: js-insecure-randomness (a React key is not a secret)
        <li key={Math.random()}>{name}</li>
      ))}
      {/* ok: js-insecure-randomness (an animation delay) */}
      <li style={{ animationDelay: `${Math.random() * 2}s` }} data-code={inviteCode} />
    </ul>
  );
}
