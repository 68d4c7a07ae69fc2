import type { MiddlewareFn } from 'type-graphql';
import { fieldError, invalidInput, type FieldError } from './errors';
import { message } from './messages';

/** PostgreSQL cannot store NUL in text: refused everywhere, not turned into an internal error. */
// eslint-disable-next-line no-control-regex -- NUL is the character being refused
const NUL = /\u0000/;

/**
 * Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–
 * U+200D, U+2060, U+FEFF) make a label read differently from what it is (`‮gpj.exe`, two users
 * whose names look alike). Vietnamese needs none of them; its diacritics are untouched.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;

/** Input fields that label something in one line: titles, names, usernames, codes. */
const LABELS = new Set(['title', 'name', 'shortName', 'fullName', 'username', 'code', 'subject']);

function collect(value: unknown, path: string[], problems: FieldError[]): void {
  if (typeof value === 'string') {
    const field = path.join('.');
    if (NUL.test(value)) problems.push(fieldError(field, 'INVALID_FORMAT', message('field.nulCharacter')));
    else if (LABELS.has(path.at(-1) ?? '') && INVISIBLE.test(value)) {
      problems.push(fieldError(field, 'INVALID_FORMAT', message('field.hiddenCharacters')));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, [...path, String(i)], problems));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], problems);
  }
}

/**
 * Every operation's arguments, checked once at its root field before any resolver runs: one
 * place for every text a client can send. Fields are named as the input names them (`title`,
 * `filter.search`; the single `input` argument is left out, as services name their fields).
 */
export const refuseUnsafeText: MiddlewareFn = ({ args, info }, next) => {
  if (info.path.prev === undefined) {
    const problems: FieldError[] = [];
    for (const [name, value] of Object.entries(args)) collect(value, name === 'input' ? [] : [name], problems);
    if (problems.length > 0) throw invalidInput(problems);
  }
  return next();
};
