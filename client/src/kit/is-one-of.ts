/** Narrows a value from the URL, storage or a plain-string field to one of an enum's values. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
