import * as nodeSerialize from 'node-serialize';

export function restore(cookie: string): unknown {
  // ruleid: js-unsafe-deserialization
  return nodeSerialize.unserialize(cookie);
}

export function defaults(): unknown {
  // ok: js-unsafe-deserialization (a literal written in the code)
  return nodeSerialize.unserialize('{"theme":"dark"}');
}
