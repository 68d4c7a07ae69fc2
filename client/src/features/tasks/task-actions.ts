import { fieldMessage, type ErrorCode, type FieldErrorCode, type FieldErrors } from '../../kit/errors';
import { hasFormErrors, type FormMessage } from '../../kit/form-errors';
import type { MessageKey } from '../../kit/messages/vi';
import type { TaskAction } from '../../gql/graphql';

/** Actions done on the task page; carrying over happens only by closing the quarter on the list. */
export type TaskPageAction = Exclude<TaskAction, 'CARRY_OVER'>;
export const TASK_PAGE_ACTIONS: readonly TaskPageAction[] = ['REPORT_PROGRESS', 'COMPLETE', 'LINK', 'REOPEN', 'CANCEL'];

export function isTaskPageAction(action: TaskAction): action is TaskPageAction {
  return (TASK_PAGE_ACTIONS as readonly TaskAction[]).includes(action);
}

export type TaskActionValues =
  | { action: 'REPORT_PROGRESS'; percent: number; note: string }
  | { action: 'COMPLETE'; note: string }
  | { action: 'REOPEN' | 'CANCEL'; reason: string }
  | { action: 'LINK'; requestIds: string[] };

/** What a panel asks for; `form` is the message above it (e.g. CONFLICT, with "reload"). */
export type TaskActionField = 'percent' | 'note' | 'reason' | 'requestIds';
export type TaskActionErrors = Partial<Record<TaskActionField | 'form', FormMessage>>;

/** A whole number from 0 to 100, as typed ("60", " 60 "); null for anything else ("", "60.5", "101"). */
export function parsePercent(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

/** What the client can tell before sending a progress report. */
export function validateProgress(percent: string, note: string): TaskActionErrors {
  const errors: TaskActionErrors = {};
  if (parsePercent(percent) === null) errors.percent = 'taskAction.percentInvalid';
  if (!note.trim()) errors.note = 'action.textRequired';
  return errors;
}

/** Completing, reopening and cancelling each need their text. */
export function validateText(text: string, field: 'note' | 'reason'): TaskActionErrors {
  return text.trim() ? {} : { [field]: 'action.textRequired' };
}

const SPECIFIC: Partial<Record<`${TaskActionField}.${FieldErrorCode}`, MessageKey>> = {
  'percent.INVALID_FORMAT': 'taskAction.percentInvalid',
  'note.REQUIRED': 'action.textRequired',
  'reason.REQUIRED': 'action.textRequired',
  'requestIds.NOT_FOUND': 'taskAction.linkNotFound',
  'requestIds.TOO_LONG': 'taskAction.linkTooMany',
};

const ACTION_FIELDS: readonly TaskActionField[] = ['percent', 'note', 'reason', 'requestIds'];

/**
 * The server's refusal as messages: per field for BAD_USER_INPUT, else one message above the panel
 * (for CONFLICT the panel offers to reload the task, keeping what was typed).
 */
export function taskActionErrorsFrom(code: ErrorCode, fields: FieldErrors): TaskActionErrors {
  const errors: TaskActionErrors = {};
  if (code === 'BAD_USER_INPUT') {
    for (const [name, problem] of Object.entries(fields)) {
      const field = ACTION_FIELDS.find((candidate) => candidate === name);
      if (field) errors[field] ??= fieldMessage(problem, SPECIFIC[`${field}.${problem.code}`]);
    }
  }
  return hasFormErrors(errors) ? errors : { form: `error.${code}` };
}
