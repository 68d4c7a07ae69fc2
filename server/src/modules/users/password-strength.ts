import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { message, type Message, type MessageKey } from '../../shared/messages';

/** zxcvbn's scale: 3 = "safely unguessable" for an online attack (about 10^8 guesses). */
export const MIN_STRENGTH = 3;

/** Words attackers of this product try first, besides zxcvbn's lists of leaked passwords. */
const PRODUCT_WORDS = [
  'matkhau',
  'lienthong',
  'ubnd',
  'ubndtinh',
  'hoabinh',
  'vietnam',
  'hanoi',
  'demo',
  'admin',
  'congchuc',
  'chuyenvien',
];

// the whole password is checked (the default 256 > our 128): up to ~0.5 s for a long adversarial one, ADMIN-only
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...dictionary, product: PRODUCT_WORDS }, graphs: adjacencyGraphs });

/** A name as people type it into passwords: without diacritics, whole and word by word. */
function variants(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const words = plain.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
  return [...new Set([plain, words.join(''), ...words])].filter(Boolean);
}

type Warning = keyof TranslationKeys['warnings'];

type Assert<T extends true> = T;
/** Compiles only while every zxcvbn warning has a `passwordWeakness.<warning>` text in the message catalog. */
export type EveryWarningHasText = Assert<`passwordWeakness.${Warning}` extends MessageKey ? true : false>;

/**
 * Null when `password` is strong enough, else why not. zxcvbn estimates the guesses
 * an attacker needs from leaked-password lists, keyboard patterns, sequences, repeats, dates and
 * the account's own words (`personal`), rather than counting character classes.
 */
export function weakPasswordReason(password: string, personal: string[]): Message | null {
  const result = zxcvbn.check(password, personal.flatMap(variants));
  if (result.score >= MIN_STRENGTH) return null;
  const warning = result.feedback.warning as Warning | '' | null;
  return warning ? message('password.weakBecause', { reason: warning }) : message('password.weak');
}
