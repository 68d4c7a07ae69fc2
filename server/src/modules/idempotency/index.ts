export { IdempotencyKey } from './idempotency-key.entity';
export { idempotentCall, once, takeKey } from './idempotency';
export type { IdempotentCall } from './idempotency';
