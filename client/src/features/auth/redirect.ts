import { HOME_PATH } from '../../kit/paths';

/** Where an official whose password an administrator set is kept until they choose their own. */
export const CHANGE_PASSWORD_PATH = '/change-password';

/** Router state that <RequireAuth> leaves for the login page. */
export interface LoginRedirectState {
  from: string;
}

/** The page to open after signing in: where the user came from, if it is a safe in-app path. */
export function redirectTarget(state: unknown): string {
  const from = (state as Partial<LoginRedirectState> | null)?.from;
  const isInternal = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//');
  return isInternal && !from.startsWith('/login') ? from : HOME_PATH;
}
