import { sql, type Expression, type SqlBool } from 'kysely';

/** LIKE pattern for a user's search text: wildcards in the text are matched literally. */
export function likePattern(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL that folds a value to lower case without diacritics, so "dat dai" finds "Đất đai".
 * unaccent runs first: under the C locale lower() only folds ASCII letters. `unaccent` is
 * installed by the first migration.
 */
export const folded = (sql: string) => `lower(unaccent(${sql}))`;

/** For typed statements: whether `value`, folded as `folded` does, contains the user's search text folded alike. */
export const foldedMatch = (value: Expression<string>, search: string): Expression<SqlBool> =>
  sql<SqlBool>`lower(unaccent(${value})) like lower(unaccent(${likePattern(search)}))`;

/**
 * The same folding in JavaScript, for text stored pre-folded in a search column (indexable with
 * pg_trgm, unlike an expression over unaccent()).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
