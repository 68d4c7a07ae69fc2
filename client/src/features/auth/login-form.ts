import type { CombinedError } from 'urql';
import { errorCode, fieldErrors, fieldMessage } from '../../kit/errors';
import type { FormMessage } from '../../kit/form-errors';
import type { MessageKey } from '../../kit/messages/vi';

export interface LoginValues {
  username: string;
  password: string;
}

/** Message keys rather than text, so errors follow a language switch. */
export interface LoginErrors {
  form?: MessageKey;
  /** With RATE_LIMITED: how long the server asks to wait, in whole minutes or seconds. */
  formParams?: { wait: number };
  username?: FormMessage;
  password?: FormMessage;
}

export function hasErrors(errors: LoginErrors): boolean {
  return Boolean(errors.form || errors.username || errors.password);
}

export function validateLogin({ username, password }: LoginValues): LoginErrors {
  return {
    username: username.trim() ? undefined : 'login.usernameRequired',
    password: password ? undefined : 'login.passwordRequired',
  };
}

export function loginErrorsFrom(error: CombinedError): LoginErrors {
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') return { form: 'login.wrongCredentials' };
  if (code === 'RATE_LIMITED') return throttled(error);
  if (code !== 'BAD_USER_INPUT') return { form: `error.${code}` };

  const fields = fieldErrors(error);
  const errors: LoginErrors = {
    username: fields.username && fieldMessage(fields.username),
    password: fields.password && fieldMessage(fields.password),
  };
  return hasErrors(errors) ? errors : { form: 'error.BAD_USER_INPUT' };
}

/** The server's `retryAfter` (seconds) as "N giây" or, from two minutes on, "N phút". */
function throttled(error: CombinedError): LoginErrors {
  const seconds = Number(error.graphQLErrors[0]?.extensions?.retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0) return { form: 'error.RATE_LIMITED' };
  if (seconds < 120) return { form: 'login.waitSeconds', formParams: { wait: Math.ceil(seconds) } };
  return { form: 'login.waitMinutes', formParams: { wait: Math.ceil(seconds / 60) } };
}
