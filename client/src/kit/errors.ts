import type { CombinedError } from 'urql';
import type { FormErrors } from './form-errors';
import type { MessageParams, ServerMessage } from './i18n';
import { isOneOf } from './is-one-of';
import type { MessageKey } from './messages/vi';

const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'PASSWORD_CHANGE_REQUIRED',
] as const;

const FIELD_ERROR_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_SHORT',
  'INVALID_FORMAT',
  'TAKEN',
  'NOT_FOUND',
  'NOT_ALLOWED',
] as const;

/** NETWORK: the server gave no GraphQL answer; UNKNOWN: a code this client does not know yet. */
export type ErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number] | 'INVALID';
/** One `extensions.fields` entry: its code, and the server's own message (which states the limit). */
export interface FieldProblem {
  code: FieldErrorCode;
  message?: ServerMessage;
}
export type FieldErrors = Record<string, FieldProblem>;

/**
 * The one way a server field problem becomes text on its field: the server's words ("Năm ngân
 * sách từ 2025 đến 2031.", "Tối đa 300 ký tự.", in the user's language when the server gave a
 * catalog key), else the client's message for its code.
 */
export function fieldMessage(problem: FieldProblem, specific?: MessageKey): MessageKey | ServerMessage {
  return problem.message ?? specific ?? `field.${problem.code}`;
}

function isParams(value: unknown): value is MessageParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/** A server text (`message`, `messageKey`, `messageParams`) from the wire, or undefined without words. */
function serverMessageOf({
  message,
  messageKey,
  messageParams,
}: {
  message?: unknown;
  messageKey?: unknown;
  messageParams?: unknown;
}): ServerMessage | undefined {
  if (typeof message !== 'string' || !message.trim()) return undefined;
  return {
    text: message,
    ...(typeof messageKey === 'string' ? { key: messageKey } : {}),
    ...(isParams(messageParams) ? { params: messageParams } : {}),
  };
}

/** The code of the first GraphQL error; the client branches on it, never on message text. */
export function errorCode(error: CombinedError | undefined): ErrorCode {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  if (code === undefined) return error?.networkError ? 'NETWORK' : 'UNKNOWN';
  return isOneOf(API_ERROR_CODES, code) ? code : 'UNKNOWN';
}

/**
 * The server's request id of the first error (`extensions.requestId`): what a user quotes when
 * reporting a failure, so the operator finds the log line. Undefined when the server gave none.
 */
export function errorReference(error: CombinedError | undefined): string | undefined {
  const requestId = error?.graphQLErrors.find((e) => typeof e.extensions?.requestId === 'string')?.extensions.requestId;
  return typeof requestId === 'string' ? requestId : undefined;
}

/**
 * Per-field codes from BAD_USER_INPUT errors (`extensions.fields`), keyed by the last path
 * segment so `input.username` and `username` both land on the `username` field.
 */
export function fieldErrors(error: CombinedError | undefined): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, problem] of Object.entries(fieldErrorsByPath(error))) {
    const name = path.split('.').pop() ?? path;
    result[name] ??= problem;
  }
  return result;
}

/**
 * Per-field codes keyed by the whole path without the `input.` prefix, for forms with rows:
 * `items.0.amount` stays `items.0.amount`.
 */
export function fieldErrorsByPath(error: CombinedError | undefined): FieldErrors {
  const result: FieldErrors = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const fields = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const entry of fields as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { field, code, ...text } = entry as {
        field?: unknown;
        code?: unknown;
        message?: unknown;
        messageKey?: unknown;
        messageParams?: unknown;
      };
      if (typeof field !== 'string') continue;
      const name = field.replace(/^input\./, '');
      const message = serverMessageOf(text);
      result[name] ??= { code: isOneOf(FIELD_ERROR_CODES, code) ? code : 'INVALID', ...(message ? { message } : {}) };
    }
  }
  return result;
}

/**
 * The server's refusal on a form whose fields are named like the input's: each field's problem on
 * its field, anything else (another code, or a problem on no field of the form) above the form.
 */
export function serverFormErrors(error: CombinedError, fieldNames: readonly string[]): FormErrors {
  const code = errorCode(error);
  if (code !== 'BAD_USER_INPUT') return { form: `error.${code}` };
  const fields = fieldErrors(error);
  const errors: FormErrors = {};
  for (const name of fieldNames) if (fields[name]) errors[name] = fieldMessage(fields[name]);
  return Object.keys(errors).length > 0 ? errors : { form: 'error.BAD_USER_INPUT' };
}
