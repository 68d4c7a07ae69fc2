import type { CombinedError } from 'urql';
import { directive, meetingDetail } from '../../test-support/task-fixtures';
import {
  emptyDirective,
  emptyMeetingForm,
  meetingFormErrorsFrom,
  quarterOfDate,
  toMeetingDraft,
  validateMeetingForm,
  valuesFromMeeting,
} from './meeting-form';

const badInput = (fields: { field: string; code: string }[]) =>
  ({ graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT', fields } }] }) as unknown as CombinedError;

test('validation names each bad directive field by its server path', () => {
  const values = {
    ...emptyMeetingForm('2023-03-30'),
    title: 'Làm việc với Sở TN&MT',
    chairId: 'u-ubnd-lead',
    summary: 'Tóm tắt',
    conclusion: 'Kết luận',
    directives: [
      {
        ...emptyDirective(),
        content: 'Giải quyết hồ sơ',
        agencyId: 'a-tnmt',
        domain: 'LAND' as const,
        dueDate: '2023-06-30',
      },
      { ...emptyDirective(), periodQuarter: '3', periodYear: '' },
    ],
  };
  const errors = validateMeetingForm(values, '2023-03-30');
  expect(Object.entries(errors).filter(([, message]) => message)).toEqual([
    ['directives.1.content', 'field.REQUIRED'],
    ['directives.1.agencyId', 'field.REQUIRED'],
    ['directives.1.domain', 'field.REQUIRED'],
    ['directives.1.dueDate', 'field.REQUIRED'],
    ['directives.1.period', 'meetingForm.periodYearInvalid'],
  ]);
  expect(validateMeetingForm({ ...values, heldOn: '2023-03-31', directives: [] }, '2023-03-30')).toMatchObject({
    heldOn: 'meetingForm.heldOnInvalid',
    directives: 'meetingForm.directivesRequired',
  });
});

test('server errors keep their whole path, with specific wording where the generic one is vague', () => {
  const errors = meetingFormErrorsFrom(
    badInput([
      { field: 'input.directives.2.dueDate', code: 'INVALID_FORMAT' },
      { field: 'input.directives.0.agencyId', code: 'NOT_ALLOWED' },
      { field: 'input.chairId', code: 'NOT_FOUND' },
      { field: 'input.summary', code: 'TOO_LONG' },
    ]),
  );
  expect(errors).toEqual({
    'directives.2.dueDate': 'taskForm.dueDateInvalid',
    'directives.0.agencyId': 'meetingForm.agencyNotAllowed',
    chairId: 'meetingForm.chairNotFound',
    summary: 'field.TOO_LONG',
  });
  expect(
    meetingFormErrorsFrom({ graphQLErrors: [{ extensions: { code: 'CONFLICT' } }] } as unknown as CombinedError),
  ).toEqual({ form: 'error.CONFLICT' });
});

test('a task directive sends no supporting agencies; a quarter only when one is chosen, and only for tasks', () => {
  const base = {
    ...emptyDirective(),
    content: ' Nội dung ',
    agencyId: 'a-tnmt',
    domain: 'LAND' as const,
    dueDate: '2023-06-30',
  };
  const draft = toMeetingDraft({
    ...emptyMeetingForm('2023-03-30'),
    directives: [
      { ...base, supportingAgencyIds: ['a-stc'], periodYear: '2023', periodQuarter: '3' },
      { ...base, kind: 'REQUEST', supportingAgencyIds: ['a-stc', 'a-tnmt'], periodYear: '2023', periodQuarter: '3' },
      base,
    ],
  });
  expect(draft.directives.map((d) => [d.kind, d.supportingAgencyIds, d.period, d.content])).toEqual([
    ['TASK', [], { year: 2023, quarter: 3 }, 'Nội dung'],
    ['REQUEST', ['a-stc'], null, 'Nội dung'],
    ['TASK', [], null, 'Nội dung'],
  ]);
  expect(draft.reviewedAgencyId).toBeNull();
});

test('editing keeps a quarter only when it differs from the due date’s', () => {
  expect(quarterOfDate('2023-05-10')).toEqual({ year: 2023, quarter: 2 });
  const values = valuesFromMeeting(
    meetingDetail({
      directives: [
        directive(2, { dueDate: '2023-07-15', period: { __typename: 'Quarter', year: 2023, quarter: 2 } }),
        directive(1),
      ],
    }),
  );
  expect(values.directives.map((d) => [d.dueDate, d.periodYear, d.periodQuarter])).toEqual([
    ['2023-06-30', '', ''],
    ['2023-07-15', '2023', '2'],
  ]);
  expect(values.reviewedAgencyId).toBe('a-tnmt');
});
