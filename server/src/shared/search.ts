/** LIKE pattern for a user's search text: wildcards in the text are matched literally. */
export function likePattern(text: string): string {
  return `%${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL that folds a value to lower case without diacritics, so "dat dai" finds "Đất đai".
 * unaccent runs first: under the C locale lower() only folds ASCII letters. `unaccent` is
 * installed by the first migration.
 */
export const folded = (sql: string) => `lower(unaccent(${sql}))`;
