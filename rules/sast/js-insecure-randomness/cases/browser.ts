import { api } from './api';

export function makePin(): string {
  // ruleid: js-insecure-randomness
  const pin = Math.floor(Math.random() * 10000);
  return api.format(pin);
}
