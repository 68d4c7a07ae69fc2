import { CombinedError } from 'urql';
import { EMPTY_REQUEST_FORM, requestFormErrorsFrom, toDraftFields, validateRequestForm } from './request-form';

const badInput = (fields: { field: string; code: string }[]) =>
  new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields } }] });

test('every required field is checked before anything is sent', () => {
  expect(validateRequestForm({ ...EMPTY_REQUEST_FORM, title: '   ' })).toEqual({
    title: 'requestForm.titleRequired',
    body: 'requestForm.bodyRequired',
    domain: 'requestForm.domainRequired',
    dueDate: 'requestForm.dueDateRequired',
    leadAgencyId: 'requestForm.leadRequired',
  });
});

test('server field codes become messages under their fields', () => {
  expect(
    requestFormErrorsFrom(
      badInput([
        { field: 'input.title', code: 'TOO_SHORT' },
        { field: 'input.leadAgencyId', code: 'NOT_ALLOWED' },
        { field: 'input.body', code: 'TOO_LONG' },
        { field: 'input.somethingElse', code: 'REQUIRED' },
      ]),
    ),
  ).toEqual({ title: 'requestForm.titleTooShort', leadAgencyId: 'requestForm.leadNotAllowed', body: 'field.TOO_LONG' });
});

test('other errors are one message for the whole form', () => {
  const forbidden = new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] });
  expect(requestFormErrorsFrom(forbidden)).toEqual({ form: 'error.FORBIDDEN' });
  expect(requestFormErrorsFrom(badInput([{ field: 'input.unknown', code: 'REQUIRED' }]))).toEqual({
    form: 'error.BAD_USER_INPUT',
  });
});

test('the input is trimmed and never names the lead as a supporting agency', () => {
  const input = toDraftFields({
    ...EMPTY_REQUEST_FORM,
    title: '  Đo đạc lại thửa đất  ',
    body: ' Nội dung ',
    domain: 'LAND',
    dueDate: '2026-12-31',
    leadAgencyId: 'a-stnmt',
    supportingAgencyIds: ['a-stnmt', 'a-stc'],
  });
  expect(input).toEqual({
    title: 'Đo đạc lại thửa đất',
    body: 'Nội dung',
    domain: 'LAND',
    priority: 'NORMAL',
    dueDate: '2026-12-31',
    leadAgencyId: 'a-stnmt',
    supportingAgencyIds: ['a-stc'],
  });
});
