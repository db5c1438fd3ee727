// preflight-bench: safe CWE-1333 -- no nested quantifiers
const VERSION = /^\d+\.\d+\.\d+-[0-9A-Za-z.-]+$/;

export function isPrerelease(version: string): boolean {
  return VERSION.test(version);
}

console.log(isPrerelease(process.argv[2] ?? ''));
