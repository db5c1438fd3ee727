import { connect } from 'node:tls';
import type { Agent } from 'undici';

export function open(host: string): void {
  // ruleid: js-tls-verification-disabled
  const socket = connect({ host, port: 443, rejectUnauthorized: false as boolean });
  // ok: js-tls-verification-disabled
  const checked = connect({ host, port: 443 });
  socket.end();
  checked.end();
}

export const dispatcher: Agent.Options = {
  // ruleid: js-tls-verification-disabled
  connect: { rejectUnauthorized: false },
};
