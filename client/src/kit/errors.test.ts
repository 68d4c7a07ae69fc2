import { CombinedError } from 'urql';
import { errorCode, fieldErrors, fieldMessage } from './errors';
import { translatorFor } from './i18n';

const graphQLErrors = (...extensions: Record<string, unknown>[]) =>
  new CombinedError({ graphQLErrors: extensions.map((ext) => ({ message: 'server text', extensions: ext })) });

test('reads the code of the first GraphQL error', () => {
  expect(errorCode(graphQLErrors({ code: 'CONFLICT' }, { code: 'FORBIDDEN' }))).toBe('CONFLICT');
});

test('distinguishes a network failure from an unknown code', () => {
  expect(errorCode(new CombinedError({ networkError: new Error('offline') }))).toBe('NETWORK');
  expect(errorCode(graphQLErrors({ code: 'SOMETHING_NEW' }))).toBe('UNKNOWN');
  expect(errorCode(graphQLErrors({}))).toBe('UNKNOWN');
});

test('collects field problems by field name with the server’s message, first per field wins', () => {
  const error = graphQLErrors({
    code: 'BAD_USER_INPUT',
    fields: [
      { field: 'input.name', code: 'TOO_LONG', message: 'x' },
      { field: 'input.name', code: 'REQUIRED', message: 'x' },
      { field: 'code', code: 'TAKEN', message: 'x' },
      { field: 'parentId', code: 'BRAND_NEW_CODE', message: 'x' },
      { field: 'title', code: 'REQUIRED' },
      { code: 'REQUIRED' },
    ],
  });
  expect(fieldErrors(error)).toEqual({
    name: { code: 'TOO_LONG', message: { text: 'x' } },
    code: { code: 'TAKEN', message: { text: 'x' } },
    parentId: { code: 'INVALID', message: { text: 'x' } },
    title: { code: 'REQUIRED' },
  });
  expect(fieldMessage({ code: 'TOO_LONG', message: { text: 'Tối đa 300 ký tự.' } })).toEqual({
    text: 'Tối đa 300 ký tự.',
  });
  expect(fieldMessage({ code: 'TOO_LONG' })).toBe('field.TOO_LONG');
  expect(fieldMessage({ code: 'TOO_LONG' }, 'requestForm.titleTooShort')).toBe('requestForm.titleTooShort');
});

test('a field problem with a catalog key renders in either language; an unknown key shows the server’s words', () => {
  const fields = fieldErrors(
    graphQLErrors({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'title',
          code: 'TOO_LONG',
          message: 'Tối đa 300 ký tự.',
          messageKey: 'field.tooLong',
          messageParams: { max: 300 },
        },
        { field: 'body', code: 'INVALID_FORMAT', message: 'Lỗi mới.', messageKey: 'someday.newKey' },
      ],
    }),
  );
  expect(fields.title).toEqual({
    code: 'TOO_LONG',
    message: { text: 'Tối đa 300 ký tự.', key: 'field.tooLong', params: { max: 300 } },
  });
  const [vi, en] = [translatorFor('vi'), translatorFor('en')];
  expect([vi(fieldMessage(fields.title)), en(fieldMessage(fields.title))]).toEqual([
    'Tối đa 300 ký tự.',
    'At most 300 characters.',
  ]);
  expect([vi(fieldMessage(fields.body)), en(fieldMessage(fields.body))]).toEqual(['Lỗi mới.', 'Lỗi mới.']);
});

test('no field errors when there are none', () => {
  expect(fieldErrors(graphQLErrors({ code: 'BAD_USER_INPUT' }))).toEqual({});
  expect(fieldErrors(undefined)).toEqual({});
});
