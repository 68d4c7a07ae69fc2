import { newIdempotencyKey } from './idempotency-key';

test('idempotency keys are unique, with or without randomUUID', () => {
  expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  const randomUUID = crypto.randomUUID;
  try {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{32}$/);
  } finally {
    Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
  }
});
