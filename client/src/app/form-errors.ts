import type { MessageKey } from './messages/vi';

// What every form's checks produce, and the one test of it they all share.

/** A form's problems: a message per field (or field path), and `form` for the form as a whole. */
export type FormErrors = Partial<Record<string, MessageKey | undefined>>;

export function hasFormErrors(errors: FormErrors): boolean {
  return Object.values(errors).some(Boolean);
}
