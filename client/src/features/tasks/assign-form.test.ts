import type { CombinedError } from 'urql';
import { assignFormErrorsFrom, emptyAssignForm, toAssignInput, validateAssignForm } from './assign-form';

const badInput = (fields: { field: string; code: string }[]) =>
  ({ graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT', fields } }] }) as unknown as CombinedError;

const filled = {
  ...emptyAssignForm({ year: 2026, quarter: 4 }),
  title: '  Số hóa hồ sơ địa chính  ',
  domain: 'DIGITAL_TRANSFORMATION' as const,
  ownerAgencyId: 'a-tnmt',
  dueDate: '2026-12-20',
  linkedRequestIds: ['r-1'],
};

test('a new assignment counts in the current quarter, as a key task', () => {
  const form = emptyAssignForm({ year: 2026, quarter: 4 });
  expect([form.year, form.quarter, form.category]).toEqual(['2026', '4', 'KEY']);
});

test('validation: required fields, a title of at least 5 characters, a real quarter, no past due date', () => {
  expect(
    validateAssignForm({ ...emptyAssignForm({ year: 2026, quarter: 4 }), title: 'abc', year: '26' }, '2026-11-28'),
  ).toEqual({
    title: 'taskForm.titleTooShort',
    domain: 'requestForm.domainRequired',
    period: 'taskForm.periodInvalid',
    ownerAgencyId: 'taskForm.ownerRequired',
    dueDate: 'taskForm.dueDateRequired',
  });
  expect(validateAssignForm({ ...filled, dueDate: '2026-11-27' }, '2026-11-28').dueDate).toBe(
    'taskForm.dueDateInvalid',
  );
  expect(Object.values(validateAssignForm(filled, '2026-11-28')).filter(Boolean)).toEqual([]);
});

test('the input has the quarter as numbers, trimmed text and the idempotency key', () => {
  expect(toAssignInput(filled, 'key-1')).toEqual({
    title: 'Số hóa hồ sơ địa chính',
    description: '',
    category: 'KEY',
    domain: 'DIGITAL_TRANSFORMATION',
    period: { year: 2026, quarter: 4 },
    ownerAgencyId: 'a-tnmt',
    dueDate: '2026-12-20',
    linkedRequestIds: ['r-1'],
    idempotencyKey: 'key-1',
  });
});

test('server field errors map to the form’s fields, the quarter’s parts included', () => {
  expect(
    assignFormErrorsFrom(
      badInput([
        { field: 'input.period', code: 'NOT_ALLOWED' },
        { field: 'input.dueDate', code: 'INVALID_FORMAT' },
        { field: 'input.ownerAgencyId', code: 'NOT_FOUND' },
        { field: 'input.title', code: 'TOO_LONG' },
      ]),
    ),
  ).toEqual({
    period: 'taskForm.periodNotAllowed',
    dueDate: 'taskForm.dueDateInvalid',
    ownerAgencyId: 'taskForm.ownerNotFound',
    title: 'taskForm.titleTooLong',
  });
  expect(assignFormErrorsFrom(badInput([{ field: 'input.period.quarter', code: 'INVALID_FORMAT' }]))).toEqual({
    period: 'taskForm.periodInvalid',
  });
  expect(assignFormErrorsFrom(badInput([]))).toEqual({ form: 'error.BAD_USER_INPUT' });
});
