import type { CombinedError } from 'urql';
import { errorCode, fieldErrorsByPath, fieldMessage, type FieldErrorCode } from '../../kit/errors';
import { hasFormErrors, type FormMessage } from '../../kit/form-errors';
import type { MessageKey } from '../../kit/messages/vi';
import type { AssignTaskInput, DomainArea, TaskCategory } from '../../gql/graphql';
import type { Period } from '../../kit/period';

export interface AssignFormValues {
  title: string;
  description: string;
  category: TaskCategory;
  domain: DomainArea | '';
  /** The quarter the task counts in, as typed: year "2026", quarter "1"–"4". */
  year: string;
  quarter: string;
  ownerAgencyId: string;
  dueDate: string;
  linkedRequestIds: string[];
}

export type AssignFormField =
  'title' | 'description' | 'category' | 'domain' | 'period' | 'ownerAgencyId' | 'dueDate' | 'linkedRequestIds';

/** Message keys rather than text, so errors follow a language switch. */
export type AssignFormErrors = Partial<Record<AssignFormField | 'form', FormMessage>>;

export const ASSIGN_FORM_FIELDS: readonly AssignFormField[] = [
  'title',
  'description',
  'category',
  'domain',
  'period',
  'ownerAgencyId',
  'dueDate',
  'linkedRequestIds',
];

/** A new assignment counts in the current quarter unless the leader picks another. */
export function emptyAssignForm(current: Period): AssignFormValues {
  return {
    title: '',
    description: '',
    category: 'KEY',
    domain: '',
    year: String(current.year),
    quarter: String(current.quarter),
    ownerAgencyId: '',
    dueDate: '',
    linkedRequestIds: [],
  };
}

/** The quarter typed, or null when it is not a year of 4 digits and a quarter 1–4. */
export function periodOf(values: Pick<AssignFormValues, 'year' | 'quarter'>): Period | null {
  if (!/^\d{4}$/.test(values.year) || !/^[1-4]$/.test(values.quarter)) return null;
  return { year: Number(values.year), quarter: Number(values.quarter) };
}

/** What the client can tell without the server; `today` is the province's date (YYYY-MM-DD). */
export function validateAssignForm(values: AssignFormValues, today: string): AssignFormErrors {
  const title = values.title.trim();
  return {
    title: !title ? 'taskForm.titleRequired' : title.length < 5 ? 'taskForm.titleTooShort' : undefined,
    domain: values.domain ? undefined : 'requestForm.domainRequired',
    period: periodOf(values) ? undefined : 'taskForm.periodInvalid',
    ownerAgencyId: values.ownerAgencyId ? undefined : 'taskForm.ownerRequired',
    dueDate: !values.dueDate
      ? 'taskForm.dueDateRequired'
      : values.dueDate < today
        ? 'taskForm.dueDateInvalid'
        : undefined,
  };
}

const SPECIFIC: Partial<Record<`${AssignFormField}.${FieldErrorCode}`, MessageKey>> = {
  'title.REQUIRED': 'taskForm.titleRequired',
  'title.TOO_SHORT': 'taskForm.titleTooShort',
  'title.TOO_LONG': 'taskForm.titleTooLong',
  'period.INVALID_FORMAT': 'taskForm.periodInvalid',
  'period.NOT_ALLOWED': 'taskForm.periodNotAllowed',
  'dueDate.INVALID_FORMAT': 'taskForm.dueDateInvalid',
  'ownerAgencyId.NOT_FOUND': 'taskForm.ownerNotFound',
  'linkedRequestIds.NOT_FOUND': 'taskAction.linkNotFound',
  'linkedRequestIds.TOO_LONG': 'taskAction.linkTooMany',
};

/** `period.year` and `period.quarter` are both the quarter's fields on this form. */
function formField(path: string): AssignFormField | undefined {
  const head = path.split('.')[0];
  return ASSIGN_FORM_FIELDS.find((field) => field === head);
}

/** The server's answer as messages under each field (`extensions.fields`), or one message for the form. */
export function assignFormErrorsFrom(error: CombinedError): AssignFormErrors {
  const code = errorCode(error);
  if (code !== 'BAD_USER_INPUT') return { form: `error.${code}` };
  const errors: AssignFormErrors = {};
  for (const [path, problem] of Object.entries(fieldErrorsByPath(error))) {
    const field = formField(path);
    if (field) errors[field] ??= fieldMessage(problem, SPECIFIC[`${field}.${problem.code}`]);
  }
  return hasFormErrors(errors) ? errors : { form: 'error.BAD_USER_INPUT' };
}

export function toAssignInput(values: AssignFormValues, idempotencyKey: string): AssignTaskInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    category: values.category,
    domain: values.domain as DomainArea, // checked by validateAssignForm
    period: periodOf(values)!,
    ownerAgencyId: values.ownerAgencyId,
    dueDate: values.dueDate,
    linkedRequestIds: values.linkedRequestIds,
    idempotencyKey,
  };
}
