import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, ErrorCode } from './errors';
import { message, renderMessage, type Message } from './messages';

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
  return (
    (typeof code === 'string' && CONNECTION_ERRORS.has(code)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Transaction query already complete/i.test(
      message,
    )
  );
}

/** graphql's "Did you mean …?" names fields, arguments, types and enum values: it maps the schema. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/s, '');

/** The catalog key + parameters of a refusal built outside DomainError (`keyedGraphQLError`), kept for the client. */
function catalogText({ extensions }: GraphQLFormattedError): Record<string, unknown> {
  const { messageKey, messageParams } = extensions ?? {};
  return { ...(messageKey ? { messageKey } : {}), ...(messageParams ? { messageParams } : {}) };
}

/** The formatter's own errors: a catalog text with its key, like a DomainError's. */
const generic = (code: ErrorCode, text: Message) => ({
  message: renderMessage(text),
  extensions: { code, messageKey: text.key },
});

/** Logs a masked failure: the message, the error itself (its full stack) and the request it broke. */
export type ErrorLog = (message: string, error: unknown, requestId: string | undefined) => void;

/**
 * The one place errors become API responses, on both transports (HTTP and graphql-ws). Domain
 * errors keep their code and field list;
 * GraphQL's own request errors keep theirs; anything else is logged and masked, so no stack
 * trace or SQL ever reaches a client. Every error carries the request id (`extensions.requestId`)
 * its log lines carry: a user's report leads to them. The id is passed by the WebSocket layer, or
 * read from the request being served (`requestIdNow`, HTTP).
 */
export function createErrorFormatter(log: ErrorLog, requestIdNow: () => string | undefined = () => undefined) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
    requestId: string | undefined = requestIdNow(),
  ): GraphQLFormattedError => {
    const shaped = shape(formatted, error, (message, original) => log(message, original, requestId));
    return requestId ? { ...shaped, extensions: { ...shaped.extensions, requestId } } : shaped;
  };
}

function shape(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = {
    message: withoutSuggestions(formatted.message),
    locations: formatted.locations,
    path: formatted.path,
  };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: original.extensions() };
  }
  if (original instanceof AuthenticationError) {
    return { ...base, ...generic(ErrorCode.UNAUTHENTICATED, message('error.unauthenticated')) };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, ...generic(ErrorCode.FORBIDDEN, message('error.forbidden')) };
  }
  if (isDatabaseUnavailable(original)) {
    log('database unavailable', original);
    return { ...base, ...generic(ErrorCode.SERVICE_UNAVAILABLE, message('error.databaseUnavailable')) };
  }
  // Errors about the request itself (syntax, validation, variable coercion) are safe to show.
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const limit = formatted.extensions?.limit; // which operation limit was broken (operation-limits.ts)
    return { ...base, extensions: { code, ...(limit ? { limit } : {}), ...catalogText(formatted) } };
  }
  if (original instanceof GraphQLError && !original.originalError) {
    return {
      ...base,
      extensions: {
        code: typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : ErrorCode.BAD_USER_INPUT,
        ...catalogText(formatted),
      },
    };
  }
  log('unexpected error', original);
  return { ...base, ...generic(ErrorCode.INTERNAL_SERVER_ERROR, message('error.internal')) };
}
