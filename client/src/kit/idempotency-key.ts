/**
 * A fresh key per form, so a retried or double-sent create returns the first draft instead of
 * making a second one. `randomUUID` exists only in secure contexts (HTTPS or localhost); an
 * intranet served over plain HTTP falls back to 128 random bits from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
