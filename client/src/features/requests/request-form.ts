import type { CombinedError } from 'urql';
import { errorCode, fieldErrors, fieldMessage, type FieldErrorCode } from '../../kit/errors';
import { hasFormErrors, type FormMessage } from '../../kit/form-errors';
import type { MessageKey } from '../../kit/messages/vi';
import type { CreateRequestInput, DomainArea, RequestPriority } from '../../gql/graphql';
import type { RequestDetail } from './requests.operations';

export interface RequestFormValues {
  title: string;
  body: string;
  domain: DomainArea | '';
  priority: RequestPriority;
  dueDate: string;
  leadAgencyId: string;
  supportingAgencyIds: string[];
}

export type RequestFormField = keyof RequestFormValues;

/** Message keys rather than text, so errors follow a language switch. */
export type RequestFormErrors = Partial<Record<RequestFormField | 'form', FormMessage>>;

export const FORM_FIELDS: readonly RequestFormField[] = [
  'title',
  'body',
  'domain',
  'priority',
  'dueDate',
  'leadAgencyId',
  'supportingAgencyIds',
];

export const EMPTY_REQUEST_FORM: RequestFormValues = {
  title: '',
  body: '',
  domain: '',
  priority: 'NORMAL',
  dueDate: '',
  leadAgencyId: '',
  supportingAgencyIds: [],
};

export function valuesFromRequest(request: RequestDetail): RequestFormValues {
  return {
    title: request.title,
    body: request.body,
    domain: request.domain,
    priority: request.priority,
    dueDate: request.dueDate,
    leadAgencyId: request.leadAgency.id,
    supportingAgencyIds: request.participants.filter((p) => p.role === 'SUPPORT').map((p) => p.agency.id),
  };
}

/** What the client can tell without the server: the required fields are filled in. */
export function validateRequestForm(values: RequestFormValues): RequestFormErrors {
  return {
    title: values.title.trim() ? undefined : 'requestForm.titleRequired',
    body: values.body.trim() ? undefined : 'requestForm.bodyRequired',
    domain: values.domain ? undefined : 'requestForm.domainRequired',
    dueDate: values.dueDate ? undefined : 'requestForm.dueDateRequired',
    leadAgencyId: values.leadAgencyId ? undefined : 'requestForm.leadRequired',
  };
}

// Field codes whose generic wording would be vague on this form.
const SPECIFIC_MESSAGES: Partial<Record<`${RequestFormField}.${FieldErrorCode}`, MessageKey>> = {
  'title.REQUIRED': 'requestForm.titleRequired',
  'title.TOO_SHORT': 'requestForm.titleTooShort',
  'title.TOO_LONG': 'requestForm.titleTooLong',
  'body.REQUIRED': 'requestForm.bodyRequired',
  'dueDate.INVALID_FORMAT': 'requestForm.dueDateInvalid',
  'leadAgencyId.NOT_FOUND': 'requestForm.leadNotFound',
  'leadAgencyId.NOT_ALLOWED': 'requestForm.leadNotAllowed',
  'supportingAgencyIds.NOT_FOUND': 'requestForm.supportingNotFound',
  'supportingAgencyIds.NOT_ALLOWED': 'requestForm.supportingNotAllowed',
  'supportingAgencyIds.TOO_LONG': 'requestForm.supportingTooMany',
};

function isFormField(name: string): name is RequestFormField {
  return (FORM_FIELDS as readonly string[]).includes(name);
}

/** The server's answer as messages under each field (by code), or one message for the form. */
export function requestFormErrorsFrom(error: CombinedError): RequestFormErrors {
  const code = errorCode(error);
  if (code !== 'BAD_USER_INPUT') return { form: `error.${code}` };
  const errors: RequestFormErrors = {};
  for (const [field, problem] of Object.entries(fieldErrors(error))) {
    if (isFormField(field)) errors[field] = fieldMessage(problem, SPECIFIC_MESSAGES[`${field}.${problem.code}`]);
  }
  return hasFormErrors(errors) ? errors : { form: 'error.BAD_USER_INPUT' };
}

export type RequestDraftFields = Omit<CreateRequestInput, 'idempotencyKey'>;

export function toDraftFields(values: RequestFormValues): RequestDraftFields {
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    domain: values.domain as DomainArea, // checked by validateRequestForm
    priority: values.priority,
    dueDate: values.dueDate,
    leadAgencyId: values.leadAgencyId,
    supportingAgencyIds: values.supportingAgencyIds.filter((id) => id !== values.leadAgencyId),
  };
}
