import { createHash } from 'node:crypto';

export async function etag(data: ArrayBuffer, text: string): Promise<string> {
  // ruleid: js-weak-hash
  const digest = await crypto.subtle.digest('SHA-1', data);
  // ruleid: js-weak-hash
  const short = createHash('md5' as const).update(text).digest('hex');
  // ok: js-weak-hash
  const strong = await window.crypto.subtle.digest('SHA-256', data);
  // ok: js-weak-hash (another library's digest method)
  const other = hasher.digest('sha1');
  return `${digest.byteLength}-${short}-${strong.byteLength}-${other}`;
}
