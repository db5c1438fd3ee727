import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway workspace whose path has a space and a non-ASCII letter, as users' paths do. */
export function makeWorkspace(files: Record<string, string>): { root: string; path(file: string): string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'preflight ws é-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return { root, path: (file) => join(root, file), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random characters, generated at test time so no credential-shaped literal lives in the repository. */
export function randomChars(length: number, alphabet = ALNUM): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** A GitHub classic PAT shaped value (random, never valid). */
export function fakeGithubToken(): string {
  return `ghp_${randomChars(36)}`;
}
