import type { FieldError } from '../../shared/errors';
import { weakPasswordReason } from './password-strength';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The rules a new password must meet (NIST SP 800-63B style: length and guessability, no
 * composition rules): 10 to 128 characters, not the username inside it, and strong by zxcvbn
 * (password-strength.ts) against the account's own words. Taken as typed: no trimming.
 */
export function passwordProblem(password: string | null | undefined, username: string, personal: string[] = []): FieldError | null {
  const problem = (code: FieldError['code'], message: string): FieldError => ({ field: 'password', code, message });
  if (!password || password.length < PASSWORD_MIN_LENGTH) return problem('TOO_SHORT', `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (password.length > PASSWORD_MAX_LENGTH) return problem('TOO_LONG', `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`);
  if (username && password.toLowerCase().includes(username.toLowerCase())) return problem('NOT_ALLOWED', 'Mật khẩu không được chứa tên đăng nhập.');
  const weak = weakPasswordReason(password, [username, ...personal]);
  return weak ? problem('NOT_ALLOWED', weak) : null;
}
