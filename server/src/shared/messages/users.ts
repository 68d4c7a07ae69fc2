import type { Template } from './template';

/** Accounts: users, passwords, sign-in and the Committee's signing confirmation. */
export const userMessages = {
  'user.usernameTaken': { vi: 'Tên đăng nhập đã được dùng.', en: 'This username is already in use.' },
  'user.agencyNotFound': { vi: 'Không tìm thấy cơ quan.', en: 'The agency was not found.' },
  'password.tooShort': { vi: 'Mật khẩu cần ít nhất {min} ký tự.', en: 'The password needs at least {min} characters.' },
  'password.tooLong': { vi: 'Mật khẩu tối đa {max} ký tự.', en: 'The password can have at most {max} characters.' },
  'password.containsUsername': { vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the username.' },

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
  'auth.notAwaitingConfirmation': { vi: 'Người dùng này không chờ xác nhận.', en: 'This user is not awaiting confirmation.' },
  'auth.cannotConfirmSelf': { vi: 'Không thể tự xác nhận mình.', en: 'You cannot confirm yourself.' },
} as const satisfies Record<string, Template>;
