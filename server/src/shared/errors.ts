import { GraphQLError } from 'graphql';

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

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

/** Base class for every error a feature raises on purpose. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** Further machine-readable details, e.g. `retryAfter` (seconds) with RATE_LIMITED. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Bạn cần đăng nhập.') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `Không tìm thấy ${what}.`);
export const conflict = (message = 'Dữ liệu đã được người khác thay đổi, hãy tải lại.') =>
  new DomainError(ErrorCode.CONFLICT, message);
export const invalidInput = (fields: FieldError[]) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'Dữ liệu nhập không hợp lệ.', fields);

export function toGraphQLError(error: DomainError): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.details, code: error.code };
  if (error.fields.length > 0) extensions.fields = error.fields;
  return new GraphQLError(error.message, { extensions });
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
