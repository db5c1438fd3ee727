/**
 * URIs ↔ workspace-relative paths, independent of the platform the server runs on:
 * `file:///c%3A/My%20Project/a.js` and `file:///C:/My Project/a.js` are the same file, and
 * the relative path always uses forward slashes (what findings, reports and fingerprints use).
 */
import { URI, Utils } from 'vscode-uri';

export interface FolderMatch {
  /** The workspace folder URI the document belongs to, or its parent folder when none does. */
  folderUri: string;
  /** Path relative to that folder, forward slashes. */
  relativePath: string;
}

/** A comparable path: decoded, forward slashes, lower-case drive letter, no trailing slash. */
function normalisedPath(uri: string): string {
  const path = URI.parse(uri).path.replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`);
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function isWindowsPath(path: string): boolean {
  return /^\/[a-z]:/.test(path);
}

/** Finds the innermost workspace folder containing `documentUri`. */
export function locate(documentUri: string, folderUris: readonly string[]): FolderMatch {
  const documentPath = normalisedPath(documentUri);
  const windows = isWindowsPath(documentPath);
  const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  let best: { folderUri: string; path: string } | undefined;
  for (const folderUri of folderUris) {
    const folderPath = normalisedPath(folderUri);
    const prefix = folderPath === '/' ? '/' : `${folderPath}/`;
    if (same(documentPath.slice(0, prefix.length), prefix) && (!best || folderPath.length > best.path.length)) {
      best = { folderUri, path: folderPath };
    }
  }
  if (best) {
    const prefixLength = best.path === '/' ? 1 : best.path.length + 1;
    return { folderUri: best.folderUri, relativePath: documentPath.slice(prefixLength) };
  }
  const slash = documentPath.lastIndexOf('/');
  const parent = URI.parse(documentUri).with({ path: documentPath.slice(0, slash) || '/' }).toString();
  return { folderUri: parent, relativePath: documentPath.slice(slash + 1) };
}

/** The URI of a workspace-relative path inside a folder. */
export function childUri(folderUri: string, relativePath: string): string {
  return Utils.joinPath(URI.parse(folderUri), ...relativePath.split('/')).toString();
}

/** The file-system path of a `file:` URI on this platform. */
export function fsPath(uri: string): string {
  return URI.parse(uri).fsPath;
}
