import type { FastifyReply } from 'fastify';

export function remember(reply: FastifyReply, token: string): void {
  // ruleid: js-insecure-cookie
  reply.setCookie('token', token, { path: '/', httpOnly: true, secure: true });
  // ok: js-insecure-cookie
  reply.setCookie('token2', token, { path: '/', httpOnly: true, secure: true });
}
