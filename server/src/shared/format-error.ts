import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, ErrorCode } from './errors';

const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001']);

function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  const message = String((error as { message?: unknown })?.message ?? '');
  // knex: a transaction whose connection died refuses its next statement with "Transaction query already complete"
  return (typeof code === 'string' && CONNECTION_ERRORS.has(code)) || /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Transaction query already complete/i.test(message);
}

/** graphql's "Did you mean …?" names fields, arguments, types and enum values: it maps the schema. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/s, '');

/**
 * The one place errors become API responses, on both transports (HTTP and graphql-ws). Domain
 * errors keep their code and field list;
 * GraphQL's own request errors keep theirs; anything else is logged and masked, so no stack
 * trace or SQL ever reaches a client.
 */
export function createErrorFormatter(log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { ...original.details, code: original.code };
      if (original.fields.length > 0) extensions.fields = original.fields;
      return { ...base, message: original.message, extensions };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: 'Bạn cần đăng nhập.', extensions: { code: ErrorCode.UNAUTHENTICATED } };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'Bạn không có quyền thực hiện thao tác này.', extensions: { code: ErrorCode.FORBIDDEN } };
    }
    if (isDatabaseUnavailable(original)) {
      log('database unavailable', original);
      return { ...base, message: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu, hãy thử lại.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    // Errors about the request itself (syntax, validation, variable coercion) are safe to show.
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const limit = formatted.extensions?.limit; // which operation limit was broken (operation-limits.ts)
      return { ...base, extensions: limit ? { code, limit } : { code } };
    }
    if (original instanceof GraphQLError && !original.originalError) {
      return { ...base, extensions: { code: typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : ErrorCode.BAD_USER_INPUT } };
    }
    log('unexpected error', original);
    return { ...base, message: 'Lỗi máy chủ nội bộ.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
