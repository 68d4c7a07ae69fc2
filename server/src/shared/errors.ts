import { GraphQLError } from 'graphql';
import {
  localized,
  message,
  messageExtensions,
  renderMessage,
  type LocalizedText,
  type Message,
  type MessageKey,
} from './messages';

/** Stable error codes: clients branch on these, never on message text. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A storage quota (attachments) would be passed. */
  QUOTA_EXCEEDED = 'QUOTA_EXCEEDED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The session's password was set by an ADMIN: only `me`, `changePassword` and `logout` until changed. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Per-field validation problem codes, translated by the client. */
export type FieldErrorCode =
  'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | 'TOO_LARGE' | 'INVALID_FORMAT' | 'TAKEN' | 'NOT_FOUND' | 'NOT_ALLOWED';

export interface FieldError extends LocalizedText {
  field: string;
  code: FieldErrorCode;
}

export const fieldError = (field: string, code: FieldErrorCode, text: Message): FieldError => ({
  field,
  code,
  ...localized(text),
});

/** Base class for every error a feature raises on purpose. */
export class DomainError extends Error {
  readonly text: LocalizedText;

  constructor(
    readonly code: ErrorCode,
    text: Message,
    readonly fields: FieldError[] = [],
    /** Further machine-readable details, e.g. `retryAfter` (seconds) with RATE_LIMITED. */
    readonly details: Record<string, unknown> = {},
  ) {
    const rendered = localized(text);
    super(rendered.message);
    this.text = rendered;
    this.name = 'DomainError';
  }

  /** `messageKey` + `messageParams` for the response's extensions, when the text has a key. */
  messageExtensions(): Omit<LocalizedText, 'message'> {
    const { messageKey, messageParams } = this.text;
    return { ...(messageKey ? { messageKey } : {}), ...(messageParams ? { messageParams } : {}) };
  }

  /** The response's extensions on every GraphQL transport. */
  extensions(): Record<string, unknown> {
    const extensions: Record<string, unknown> = { ...this.details, code: this.code, ...this.messageExtensions() };
    if (this.fields.length > 0) extensions.fields = this.fields;
    return extensions;
  }
}

export const unauthenticated = (text: Message = message('error.unauthenticated')) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, text);
export const forbidden = (text: Message = message('error.forbidden')) => new DomainError(ErrorCode.FORBIDDEN, text);
export const conflict = (text: Message = message('error.conflict')) => new DomainError(ErrorCode.CONFLICT, text);
export const invalidInput = (fields: FieldError[]) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message('error.invalidInput'), fields);

/** What a NOT_FOUND names: every `subject.<name>` of the catalog. */
export type NotFoundSubject = MessageKey extends infer K
  ? K extends `subject.${infer Subject}`
    ? Subject
    : never
  : never;

export const notFound = (subject: NotFoundSubject): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, message('error.notFound', { what: subject }));

/** A refusal outside the resolvers (operation limits, the WebSocket's own checks), with its catalog key. */
export function keyedGraphQLError(code: string, text: Message, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(renderMessage(text), { extensions: { ...extensions, code, ...messageExtensions(text) } });
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 413,
  SERVICE_UNAVAILABLE: 503,
  PASSWORD_CHANGE_REQUIRED: 403,
  INTERNAL_SERVER_ERROR: 500,
};

/** For the few plain HTTP endpoints (file transfer): the same codes, as HTTP statuses. */
export const httpStatusOf = (code: ErrorCode): number => HTTP_STATUS[code];
