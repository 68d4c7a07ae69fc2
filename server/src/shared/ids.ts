const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else can never match a row, so callers answer NOT_FOUND early. */
export const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
