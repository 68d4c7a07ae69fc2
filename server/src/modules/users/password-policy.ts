import type { FieldError } from '../../shared/errors';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Passwords guessed first (lists of leaked passwords, and this product's own words). */
const COMMON = new Set([
  '123456789', '1234567890', '12345678910', 'password', 'password1', 'password123', 'qwertyuiop', 'qwerty123', '1q2w3e4r5t',
  'abc123456', 'iloveyou', 'admin123', 'administrator', 'matkhau', 'matkhau123', 'matkhau@123', 'vietnam123', 'hanoi123',
  'demo1234', 'lienthong', 'lienthong123', 'ubnd123456', 'welcome123', '0987654321', '11111111111', 'aaaaaaaaaa',
]);

/**
 * The rules a new password must meet (NIST SP 800-63B style: length over composition rules):
 * 10 to 128 characters, not the username inside it, not a commonly guessed one, not one repeated
 * character. Taken as typed: no trimming.
 */
export function passwordProblem(password: string | null | undefined, username: string): FieldError | null {
  const problem = (code: FieldError['code'], message: string): FieldError => ({ field: 'password', code, message });
  if (!password || password.length < PASSWORD_MIN_LENGTH) return problem('TOO_SHORT', `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (password.length > PASSWORD_MAX_LENGTH) return problem('TOO_LONG', `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`);
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) return problem('NOT_ALLOWED', 'Mật khẩu không được chứa tên đăng nhập.');
  if (COMMON.has(lower) || new Set(lower).size <= 2) return problem('NOT_ALLOWED', 'Mật khẩu quá dễ đoán, hãy chọn mật khẩu khác.');
  return null;
}
