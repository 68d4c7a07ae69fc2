export { IdempotencyKey } from './idempotency-key.entity';
export { IdempotencyKeyField, idempotentCall, once, takeKey, transitionOnce } from './idempotency';
export type { IdempotentCall } from './idempotency';
