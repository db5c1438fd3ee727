import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childUri, locate } from '../../server/src/lsp/paths';

test('Windows file URIs: encoded drive colon, spaces and case of the drive letter', () => {
  const folder = 'file:///c%3A/Users/Ana%20Mar%C3%ADa/My%20Project';
  const match = locate('file:///C:/Users/Ana%20Mar%C3%ADa/My%20Project/src/app%20main.js', [folder]);
  assert.deepEqual(match, { folderUri: folder, relativePath: 'src/app main.js' });
});

test('Windows paths compare case-insensitively, POSIX paths do not', () => {
  assert.equal(locate('file:///c%3A/work/SRC/a.py', ['file:///C:/Work']).relativePath, 'SRC/a.py');
  assert.equal(locate('file:///home/Work/a.py', ['file:///home/work']).folderUri, 'file:///home/Work');
});

test('the innermost workspace folder wins; a sibling with a common prefix does not match', () => {
  const folders = ['file:///repo', 'file:///repo/packages/api', 'file:///repo-other'];
  assert.equal(locate('file:///repo/packages/api/index.ts', folders).relativePath, 'index.ts');
  assert.equal(locate('file:///repo-other/x.ts', folders).folderUri, 'file:///repo-other');
  assert.equal(locate('file:///repo-otherx/y.ts', folders).relativePath, 'y.ts');
});

test('a file outside every folder is relative to its own folder', () => {
  assert.deepEqual(locate('file:///tmp/notes/secret.env', []), { folderUri: 'file:///tmp/notes', relativePath: 'secret.env' });
});

test('childUri joins and encodes a relative path', () => {
  assert.equal(childUri('file:///c%3A/My%20Project', 'src/a b.js'), 'file:///c%3A/My%20Project/src/a%20b.js');
  assert.equal(childUri('file:///home/u/proj', 'é/ü.py'), 'file:///home/u/proj/%C3%A9/%C3%BC.py');
});
