import { fieldError, type FieldError } from '../../shared/errors';
import { message, type Message } from '../../shared/messages';
import { weakPasswordReason } from './password-strength';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The rules a new password must meet (NIST SP 800-63B style: length and guessability, no
 * composition rules): 10 to 128 characters, not the username inside it, and strong by zxcvbn
 * (password-strength.ts) against the account's own words. Taken as typed: no trimming.
 */
export function passwordProblem(
  password: string | null | undefined,
  username: string,
  personal: string[] = [],
): FieldError | null {
  const problem = (code: FieldError['code'], text: Message): FieldError => fieldError('password', code, text);
  if (!password || password.length < PASSWORD_MIN_LENGTH)
    return problem('TOO_SHORT', message('password.tooShort', { min: PASSWORD_MIN_LENGTH }));
  if (password.length > PASSWORD_MAX_LENGTH)
    return problem('TOO_LONG', message('password.tooLong', { max: PASSWORD_MAX_LENGTH }));
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return problem('NOT_ALLOWED', message('password.containsUsername'));
  const weak = weakPasswordReason(password, [username, ...personal]);
  return weak ? problem('NOT_ALLOWED', weak) : null;
}
