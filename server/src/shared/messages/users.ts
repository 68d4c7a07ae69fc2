import type { Template } from './template';

/** Accounts: users, passwords, sign-in and the Committee's signing confirmation. */
export const userMessages = {
  'user.usernameTaken': { vi: 'Tên đăng nhập đã được dùng.', en: 'This username is already in use.' },
  'user.agencyNotFound': { vi: 'Không tìm thấy cơ quan.', en: 'The agency was not found.' },
  'password.tooShort': { vi: 'Mật khẩu cần ít nhất {min} ký tự.', en: 'The password needs at least {min} characters.' },
  'password.tooLong': { vi: 'Mật khẩu tối đa {max} ký tự.', en: 'The password can have at most {max} characters.' },
  'password.weak': {
    vi: 'Mật khẩu quá dễ đoán. Hãy dùng một cụm vài từ không liên quan, ví dụ "đồng-lúa-xanh-mướt-2026".',
    en: 'The password is too easy to guess. Use a few unrelated words, e.g. "green-rice-field-river-2026".',
  },
  'password.weakBecause': {
    vi: 'Mật khẩu quá dễ đoán: {reason:passwordWeakness}. Hãy dùng một cụm vài từ không liên quan, ví dụ "đồng-lúa-xanh-mướt-2026".',
    en: 'The password is too easy to guess: {reason:passwordWeakness}. Use a few unrelated words, e.g. "green-rice-field-river-2026".',
  },
  // Why zxcvbn calls a password weak, by its warning (password-strength.ts).
  'passwordWeakness.straightRow': {
    vi: 'các phím liền nhau trên bàn phím rất dễ đoán',
    en: 'keys next to each other on the keyboard are easy to guess',
  },
  'passwordWeakness.keyPattern': {
    vi: 'kiểu gõ phím theo hình rất dễ đoán',
    en: 'keyboard patterns are easy to guess',
  },
  'passwordWeakness.simpleRepeat': {
    vi: 'ký tự lặp lại như "aaa" rất dễ đoán',
    en: 'repeated characters like "aaa" are easy to guess',
  },
  'passwordWeakness.extendedRepeat': {
    vi: 'chuỗi lặp lại như "abcabc" rất dễ đoán',
    en: 'repeated patterns like "abcabc" are easy to guess',
  },
  'passwordWeakness.sequences': {
    vi: 'dãy liên tiếp như "abc" hay "123" rất dễ đoán',
    en: 'sequences like "abc" or "123" are easy to guess',
  },
  'passwordWeakness.recentYears': { vi: 'năm gần đây rất dễ đoán', en: 'recent years are easy to guess' },
  'passwordWeakness.dates': { vi: 'ngày tháng rất dễ đoán', en: 'dates are easy to guess' },
  'passwordWeakness.topTen': {
    vi: 'đây là một trong mười mật khẩu phổ biến nhất',
    en: 'this is one of the ten most common passwords',
  },
  'passwordWeakness.topHundred': {
    vi: 'đây là một trong một trăm mật khẩu phổ biến nhất',
    en: 'this is one of the hundred most common passwords',
  },
  'passwordWeakness.common': { vi: 'đây là mật khẩu phổ biến', en: 'this is a common password' },
  'passwordWeakness.similarToCommon': {
    vi: 'mật khẩu này gần giống một mật khẩu phổ biến',
    en: 'this is similar to a common password',
  },
  'passwordWeakness.wordByItself': { vi: 'một từ đơn lẻ rất dễ đoán', en: 'a single word is easy to guess' },
  'passwordWeakness.namesByThemselves': {
    vi: 'tên người đứng một mình rất dễ đoán',
    en: 'names on their own are easy to guess',
  },
  'passwordWeakness.commonNames': { vi: 'tên người phổ biến rất dễ đoán', en: 'common names are easy to guess' },
  'passwordWeakness.userInputs': {
    vi: 'mật khẩu chứa tên đăng nhập hoặc họ tên',
    en: 'the password contains the username or the person’s name',
  },
  'passwordWeakness.pwned': {
    vi: 'mật khẩu này đã bị lộ trong các vụ rò rỉ dữ liệu',
    en: 'this password has appeared in data breaches',
  },
  'password.containsUsername': {
    vi: 'Mật khẩu không được chứa tên đăng nhập.',
    en: 'The password must not contain the username.',
  },

  'auth.wrongCredentials': { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  'auth.tooManyAttemptsSeconds': {
    vi: 'Đăng nhập sai nhiều lần, hãy thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins; try again in {seconds} seconds.',
  },
  'auth.tooManyAttemptsMinutes': {
    vi: 'Đăng nhập sai nhiều lần, hãy thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins; try again in {minutes} minutes.',
  },
  'auth.cannotLockSelf': { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot lock your own account.' },
  'auth.onlyConfirmedLeadConfirms': {
    vi: 'Chỉ lãnh đạo UBND tỉnh đã được xác nhận mới xác nhận người ký.',
    en: 'Only a confirmed leader of the Provincial People’s Committee can confirm signers.',
  },
  'auth.notAwaitingConfirmation': {
    vi: 'Người dùng này không chờ xác nhận.',
    en: 'This user is not awaiting confirmation.',
  },
  'auth.cannotConfirmSelf': { vi: 'Không thể tự xác nhận mình.', en: 'You cannot confirm yourself.' },
  'user.cannotMoveSelf': {
    vi: 'Không thể tự đổi vai trò hoặc cơ quan của mình.',
    en: 'You cannot change your own role or agency.',
  },
  'user.cannotResetSelf': {
    vi: 'Không thể tự đặt lại mật khẩu của mình; hãy dùng chức năng đổi mật khẩu.',
    en: 'You cannot reset your own password; change it instead.',
  },
  'auth.passwordChangeRequired': {
    vi: 'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục.',
    en: 'You must change the password you were given before going on.',
  },
  'auth.wrongCurrentPassword': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'password.sameAsCurrent': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
} as const satisfies Record<string, Template>;
