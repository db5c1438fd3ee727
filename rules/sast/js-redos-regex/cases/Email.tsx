import React from 'react';

// ruleid: js-redos-regex
const EMAIL = /^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$/;
// ok: js-redos-regex
const SIMPLE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function EmailField({ value }: { value: string }) {
  const valid = EMAIL.test(value) || SIMPLE_EMAIL.test(value);
  return <input type="email" aria-invalid={!valid} value={value} />;
}
