import { GraphQLError } from 'graphql';
import { localized, message, type LocalizedText, type MessageText } from './messages';

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
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Per-field validation problem codes, translated by the client. */
export type FieldErrorCode =
  | 'REQUIRED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_LARGE'
  | 'INVALID_FORMAT'
  | 'TAKEN'
  | 'NOT_FOUND'
  | 'NOT_ALLOWED';

export interface FieldError extends LocalizedText {
  field: string;
  code: FieldErrorCode;
}

export const fieldError = (field: string, code: FieldErrorCode, text: MessageText): FieldError => ({ field, code, ...localized(text) });

/** Base class for every error a feature raises on purpose. */
export class DomainError extends Error {
  readonly text: LocalizedText;

  constructor(
    readonly code: ErrorCode,
    text: MessageText,
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

export const unauthenticated = (text: MessageText = message('error.unauthenticated')) => new DomainError(ErrorCode.UNAUTHENTICATED, text);
export const forbidden = (text: MessageText = message('error.forbidden')) => new DomainError(ErrorCode.FORBIDDEN, text);
export const conflict = (text: MessageText = message('error.conflict')) => new DomainError(ErrorCode.CONFLICT, text);
export const invalidInput = (fields: FieldError[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message('error.invalidInput'), fields);

const SUBJECTS = ['agency', 'user', 'request', 'proposal', 'decision', 'task', 'meeting', 'attachment', 'record'] as const;
/** What a NOT_FOUND names; each has a `subject.<name>` text. */
export type NotFoundSubject = (typeof SUBJECTS)[number];
const isSubject = (what: string): what is NotFoundSubject => (SUBJECTS as readonly string[]).includes(what);

export function notFound(subject: NotFoundSubject): DomainError;
/** @deprecated A Vietnamese noun, from call sites not converted yet: pass a NotFoundSubject. */
export function notFound(what: string): DomainError;
export function notFound(what: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, isSubject(what) ? message('error.notFound', { what }) : `Không tìm thấy ${what}.`);
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions() });
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
  INTERNAL_SERVER_ERROR: 500,
};

/** For the few plain HTTP endpoints (file transfer): the same codes, as HTTP statuses. */
export const httpStatusOf = (code: ErrorCode): number => HTTP_STATUS[code];
