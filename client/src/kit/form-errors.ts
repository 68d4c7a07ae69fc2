import type { ServerMessage } from './i18n';
import type { MessageKey } from './messages/vi';

// What every form's checks produce, and the one test of it they all share.

/** A form's problems: a message per field (or field path), and `form` for the form as a whole. */
export type FormErrors = Partial<Record<string, FormMessage | undefined>>;

/** A client message, or the server's own words for a field problem (see `fieldMessage`). */
export type FormMessage = MessageKey | ServerMessage;

export function hasFormErrors(errors: FormErrors): boolean {
  return Object.values(errors).some(Boolean);
}
