import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's scale: 3 = "safely unguessable" for an online attack (about 10^8 guesses). */
export const MIN_STRENGTH = 3;

/** Words attackers of this product try first, besides zxcvbn's lists of leaked passwords. */
const PRODUCT_WORDS = ['matkhau', 'lienthong', 'ubnd', 'ubndtinh', 'hoabinh', 'vietnam', 'hanoi', 'demo', 'admin', 'congchuc', 'chuyenvien'];

/** Why zxcvbn calls a password weak, in Vietnamese. */
const REASONS: Record<keyof TranslationKeys['warnings'], string> = {
  straightRow: 'các phím liền nhau trên bàn phím rất dễ đoán',
  keyPattern: 'kiểu gõ phím theo hình rất dễ đoán',
  simpleRepeat: 'ký tự lặp lại như "aaa" rất dễ đoán',
  extendedRepeat: 'chuỗi lặp lại như "abcabc" rất dễ đoán',
  sequences: 'dãy liên tiếp như "abc" hay "123" rất dễ đoán',
  recentYears: 'năm gần đây rất dễ đoán',
  dates: 'ngày tháng rất dễ đoán',
  topTen: 'đây là một trong mười mật khẩu phổ biến nhất',
  topHundred: 'đây là một trong một trăm mật khẩu phổ biến nhất',
  common: 'đây là mật khẩu phổ biến',
  similarToCommon: 'mật khẩu này gần giống một mật khẩu phổ biến',
  wordByItself: 'một từ đơn lẻ rất dễ đoán',
  namesByThemselves: 'tên người đứng một mình rất dễ đoán',
  commonNames: 'tên người phổ biến rất dễ đoán',
  userInputs: 'mật khẩu chứa tên đăng nhập hoặc họ tên',
  pwned: 'mật khẩu này đã bị lộ trong các vụ rò rỉ dữ liệu',
};

// the whole password is checked (the default 256 > our 128): up to ~0.5 s for a long adversarial one, ADMIN-only
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...dictionary, product: PRODUCT_WORDS }, graphs: adjacencyGraphs });

/** A name as people type it into passwords: without diacritics, whole and word by word. */
function variants(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const words = plain.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
  return [...new Set([plain, words.join(''), ...words])].filter(Boolean);
}

/**
 * Null when `password` is strong enough, else why not (Vietnamese). zxcvbn estimates the guesses
 * an attacker needs from leaked-password lists, keyboard patterns, sequences, repeats, dates and
 * the account's own words (`personal`), rather than counting character classes.
 */
export function weakPasswordReason(password: string, personal: string[]): string | null {
  const result = zxcvbn.check(password, personal.flatMap(variants));
  if (result.score >= MIN_STRENGTH) return null;
  const warning = result.feedback.warning as keyof TranslationKeys['warnings'] | null;
  return `Mật khẩu quá dễ đoán${warning && REASONS[warning] ? `: ${REASONS[warning]}` : ''}. Hãy dùng một cụm vài từ không liên quan, ví dụ "đồng-lúa-xanh-mướt-2026".`;
}
