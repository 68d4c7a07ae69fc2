import { GraphQLError } from 'graphql';
import { AuthorizationError } from 'type-graphql';
import { createErrorFormatter } from './format-error';
import { DomainError, ErrorCode, fieldError, invalidInput, keyedGraphQLError } from './errors';
import { message } from './messages';

const inResolver = (original: Error) =>
  new GraphQLError(original.message, { path: ['field'], originalError: original });

describe('error formatter', () => {
  const logged: string[] = [];
  const format = createErrorFormatter((message) => logged.push(message));

  it('keeps domain codes and field lists', () => {
    const error = new DomainError(ErrorCode.BAD_USER_INPUT, message('error.invalidInput'), [
      { field: 'x', code: 'REQUIRED', message: 'm' },
    ]);
    expect(format(inResolver(error).toJSON(), inResolver(error))).toMatchObject({
      message: 'Dữ liệu nhập không hợp lệ.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'x', code: 'REQUIRED', message: 'm' }] },
    });
  });

  it('adds the catalog key and parameters of a message, on the error and on each field', () => {
    const error = inResolver(invalidInput([fieldError('title', 'TOO_LONG', message('field.tooLong', { max: 300 }))]));
    expect(format(error.toJSON(), error)).toMatchObject({
      message: 'Dữ liệu nhập không hợp lệ.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: 'error.invalidInput',
        fields: [
          {
            field: 'title',
            code: 'TOO_LONG',
            message: 'Tối đa 300 ký tự.',
            messageKey: 'field.tooLong',
            messageParams: { max: 300 },
          },
        ],
      },
    });
  });

  it('maps type-graphql authorization failures to FORBIDDEN', () => {
    const error = inResolver(new AuthorizationError());
    expect(format(error.toJSON(), error).extensions).toEqual({ code: 'FORBIDDEN', messageKey: 'error.forbidden' });
  });

  it('masks and logs unknown errors, so no SQL or stack reaches the client', () => {
    const error = inResolver(new Error('relation "users" does not exist at character 15'));
    const formatted = format(error.toJSON(), error);
    expect(formatted.message).toBe('Lỗi máy chủ nội bộ.');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' });
    expect(JSON.stringify(formatted)).not.toContain('relation');
    expect(logged).toContain('unexpected error');
  });

  it('reports a lost database as SERVICE_UNAVAILABLE', () => {
    const error = inResolver(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(format(error.toJSON(), error).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      messageKey: 'error.databaseUnavailable',
    });
  });

  it('reports a transaction cut off by a lost connection as SERVICE_UNAVAILABLE', () => {
    const error = inResolver(new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'));
    expect(format(error.toJSON(), error)).toMatchObject({
      message: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu, hãy thử lại.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('names no field, argument, type or enum value the client did not send (on every transport)', () => {
    const errors = [
      new GraphQLError('Cannot query field "mee" on type "Query". Did you mean "me"?', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
      new GraphQLError(
        'Variable "$s" got invalid value "SUBMITED" at "s[0]"; Value "SUBMITED" does not exist in "RequestStatus" enum. Did you mean the enum value "SUBMITTED"?',
        { extensions: { code: 'BAD_USER_INPUT' } },
      ),
    ];
    expect(errors.map((e) => format(e.toJSON(), e).message)).toEqual([
      'Cannot query field "mee" on type "Query".',
      'Variable "$s" got invalid value "SUBMITED" at "s[0]"; Value "SUBMITED" does not exist in "RequestStatus" enum.',
    ]);
  });

  it('keeps the code of request errors such as validation failures', () => {
    const error = new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(error.toJSON(), error)).toMatchObject({
      message: 'Cannot query field "x"',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps the catalog key and parameters of refusals built outside the resolvers', () => {
    const limit = keyedGraphQLError(
      'GRAPHQL_VALIDATION_FAILED',
      message('api.tooManyAliases', { found: 16, max: 15 }),
      { limit: 'ALIASES' },
    );
    expect(format(limit.toJSON(), limit)).toEqual({
      message: 'Quá nhiều bí danh (16 > 15).',
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'ALIASES',
        messageKey: 'api.tooManyAliases',
        messageParams: { found: 16, max: 15 },
      },
    });
    const expired = keyedGraphQLError('UNAUTHENTICATED', message('api.sessionExpired'));
    expect(format(expired.toJSON(), expired).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'api.sessionExpired',
    });
  });
});
