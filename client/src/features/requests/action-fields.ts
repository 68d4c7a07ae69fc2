import { fieldMessage, type FieldErrorCode, type FieldErrors } from '../../kit/errors';
import type { FormMessage } from '../../kit/form-errors';
import type { MessageKey } from '../../kit/messages/vi';

/** The inputs an action panel can have; the server calls the text `text`, `directive` or `body`. */
export type ActionField = 'text' | 'assigneeId' | 'leadAgencyId' | 'dueDate';
export type ActionErrors = Partial<Record<ActionField, FormMessage>>;

const SERVER_FIELDS: Record<string, ActionField> = {
  text: 'text',
  directive: 'text',
  body: 'text',
  assigneeId: 'assigneeId',
  leadAgencyId: 'leadAgencyId',
  dueDate: 'dueDate',
};

const SPECIFIC_MESSAGES: Partial<Record<`${ActionField}.${FieldErrorCode}`, MessageKey>> = {
  'text.REQUIRED': 'action.textRequired',
  'assigneeId.NOT_FOUND': 'action.assigneeNotFound',
  'leadAgencyId.REQUIRED': 'action.leadOrDueRequired',
  'leadAgencyId.NOT_FOUND': 'action.newLeadInvalid',
  'dueDate.INVALID_FORMAT': 'action.newDueDateInvalid',
};

/** Server field codes as messages under the panel's inputs; unknown fields are left out. */
export function actionErrorsFrom(fields: FieldErrors): ActionErrors {
  const errors: ActionErrors = {};
  for (const [name, problem] of Object.entries(fields)) {
    const field = SERVER_FIELDS[name];
    if (field) errors[field] ??= fieldMessage(problem, SPECIFIC_MESSAGES[`${field}.${problem.code}`]);
  }
  return errors;
}
