// preflight-bench: vulnerable CWE-1333 sink-line: 2
const VERSION = /^(\d+\.?)+-(\w+-?)+$/;

export function isPrerelease(version: string): boolean {
  return VERSION.test(version);
}

console.log(isPrerelease(process.argv[2] ?? ''));
