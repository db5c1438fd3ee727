// preflight-bench: safe CWE-502 -- deserialises the program's own cache file
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';

const CACHE = '.build-cache.bin';

export function loadCache(): Map<string, string> {
  try {
    return v8.deserialize(readFileSync(CACHE)) as Map<string, string>;
  } catch {
    return new Map();
  }
}

export function saveCache(cache: Map<string, string>): void {
  writeFileSync(CACHE, v8.serialize(cache));
}
