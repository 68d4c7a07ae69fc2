import type { CombinedError } from 'urql';
import { serverFormErrors } from '../../kit/errors';
import type { FormErrors, FormMessage } from '../../kit/form-errors';

export type Role = 'STAFF' | 'LEAD' | 'ADMIN';
export const ROLES: readonly Role[] = ['STAFF', 'LEAD', 'ADMIN'];

export interface UserValues {
  username: string;
  fullName: string;
  title: string;
  role: Role;
  agencyId: string;
}

export const emptyUser: UserValues = { username: '', fullName: '', title: '', role: 'STAFF', agencyId: '' };

/** What the client can say before asking the server (which checks everything again). */
export function checkUser(values: UserValues, creating: boolean): FormErrors {
  const required = (value: string): FormMessage | undefined => (value.trim() ? undefined : 'field.REQUIRED');
  return {
    username: creating ? required(values.username) : undefined,
    fullName: creating ? required(values.fullName) : undefined,
    title: required(values.title),
    agencyId: required(values.agencyId),
  };
}

/** The server's refusal on the form: per-field problems on their fields, anything else above it. */
export const userFormErrors = (error: CombinedError): FormErrors =>
  serverFormErrors(error, ['username', 'fullName', 'title', 'role', 'agencyId']);
