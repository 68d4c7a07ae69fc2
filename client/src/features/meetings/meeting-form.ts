import type { CombinedError } from 'urql';
import { errorCode, fieldErrorsByPath, fieldMessage, type FieldErrorCode, type FieldProblem } from '../../kit/errors';
import { hasFormErrors, type FormMessage } from '../../kit/form-errors';
import type { MessageKey } from '../../kit/messages/vi';
import type { CreateMeetingInput, DirectiveInput, DirectiveKind, DomainArea, TaskCategory } from '../../gql/graphql';
import type { Period } from '../../kit/period';
import type { MeetingDetail } from './meetings.operations';

/** One row of the directive editor, as typed. */
export interface DirectiveValues {
  /** Stable React key for the row (rows can be removed from the middle). */
  key: string;
  content: string;
  kind: DirectiveKind;
  agencyId: string;
  /** REQUEST only. */
  supportingAgencyIds: string[];
  /** TASK only. */
  category: TaskCategory;
  domain: DomainArea | '';
  dueDate: string;
  /** TASK only; both empty: the quarter of the due date. */
  periodYear: string;
  periodQuarter: string;
}

export interface MeetingFormValues {
  title: string;
  heldOn: string;
  chairId: string;
  reviewedAgencyId: string;
  attendees: string;
  /** The attending agencies: they read the published conclusion. */
  attendingAgencyIds: string[];
  summary: string;
  conclusion: string;
  directives: DirectiveValues[];
}

/** Keys are server field paths: `title`, `directives`, `directives.2.dueDate`; `form` for the whole form. */
export type MeetingFormErrors = Record<string, FormMessage | undefined>;

let rowCounter = 0;
const rowKey = () => `directive-${++rowCounter}`;

export function emptyDirective(): DirectiveValues {
  return {
    key: rowKey(),
    content: '',
    kind: 'TASK',
    agencyId: '',
    supportingAgencyIds: [],
    category: 'KEY',
    domain: '',
    dueDate: '',
    periodYear: '',
    periodQuarter: '',
  };
}

/** A session is usually recorded on the day it is held, with one directive to start from. */
export function emptyMeetingForm(today: string): MeetingFormValues {
  return {
    title: '',
    heldOn: today,
    chairId: '',
    reviewedAgencyId: '',
    attendees: '',
    attendingAgencyIds: [],
    summary: '',
    conclusion: '',
    directives: [emptyDirective()],
  };
}

/** The quarter a date falls in ("2023-05-10" → Q2/2023). */
export function quarterOfDate(date: string): Period | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  return match ? { year: Number(match[1]), quarter: Math.ceil(Number(match[2]) / 3) } : null;
}

export function valuesFromMeeting(meeting: MeetingDetail): MeetingFormValues {
  return {
    title: meeting.title,
    heldOn: meeting.heldOn,
    chairId: meeting.chair.id,
    reviewedAgencyId: meeting.reviewedAgency?.id ?? '',
    attendees: meeting.attendees,
    attendingAgencyIds: meeting.attendingAgencies.map((agency) => agency.id),
    summary: meeting.summary,
    conclusion: meeting.conclusion,
    directives: [...meeting.directives]
      .sort((a, b) => a.position - b.position)
      .map((directive) => {
        // The server always answers a quarter; one that is just the due date's stays "by due date".
        const byDueDate = quarterOfDate(directive.dueDate);
        const explicit =
          !byDueDate || byDueDate.year !== directive.period.year || byDueDate.quarter !== directive.period.quarter;
        return {
          key: rowKey(),
          content: directive.content,
          kind: directive.kind,
          agencyId: directive.agency.id,
          supportingAgencyIds: directive.supportingAgencies.map((agency) => agency.id),
          category: directive.category,
          domain: directive.domain,
          dueDate: directive.dueDate,
          periodYear: explicit ? String(directive.period.year) : '',
          periodQuarter: explicit ? String(directive.period.quarter) : '',
        };
      }),
  };
}

/** What the client can tell without the server; `today` is the province's date (YYYY-MM-DD). */
export function validateMeetingForm(values: MeetingFormValues, today: string): MeetingFormErrors {
  const errors: MeetingFormErrors = {
    title: values.title.trim() ? undefined : 'field.REQUIRED',
    heldOn: !values.heldOn ? 'field.REQUIRED' : values.heldOn > today ? 'meetingForm.heldOnInvalid' : undefined,
    chairId: values.chairId ? undefined : 'field.REQUIRED',
    summary: values.summary.trim() ? undefined : 'field.REQUIRED',
    conclusion: values.conclusion.trim() ? undefined : 'field.REQUIRED',
    directives: values.directives.length > 0 ? undefined : 'meetingForm.directivesRequired',
  };
  values.directives.forEach((directive, i) => {
    const at = (field: string) => `directives.${i}.${field}`;
    if (!directive.content.trim()) errors[at('content')] = 'field.REQUIRED';
    if (!directive.agencyId) errors[at('agencyId')] = 'field.REQUIRED';
    if (!directive.domain) errors[at('domain')] = 'field.REQUIRED';
    if (!directive.dueDate) errors[at('dueDate')] = 'field.REQUIRED';
    if (directive.kind === 'TASK' && directive.periodQuarter && !/^\d{4}$/.test(directive.periodYear))
      errors[at('period')] = 'meetingForm.periodYearInvalid';
  });
  return errors;
}

// Field codes whose generic wording would be vague here, by the path's last segment.
const SPECIFIC: Partial<Record<`${string}.${FieldErrorCode}`, MessageKey>> = {
  'title.TOO_SHORT': 'meetingForm.titleTooShort',
  'heldOn.INVALID_FORMAT': 'meetingForm.heldOnInvalid',
  'chairId.NOT_FOUND': 'meetingForm.chairNotFound',
  'directives.REQUIRED': 'meetingForm.directivesRequired',
  'content.TOO_SHORT': 'meetingForm.contentTooShort',
  'agencyId.NOT_ALLOWED': 'meetingForm.agencyNotAllowed',
  'supportingAgencyIds.NOT_ALLOWED': 'meetingForm.supportingNotAllowed',
  'supportingAgencyIds.NOT_FOUND': 'requestForm.supportingNotAllowed',
  'dueDate.INVALID_FORMAT': 'taskForm.dueDateInvalid',
  'period.NOT_ALLOWED': 'taskForm.periodNotAllowed',
  'period.INVALID_FORMAT': 'taskForm.periodInvalid',
};

/** `directives.2.dueDate` → `dueDate`; `title` → `title`. */
function lastSegment(path: string): string {
  return path.split('.').pop() ?? path;
}

/** One field error: the server's words, else a message specific where the generic one would be vague. */
export function meetingFieldMessage(path: string, problem: FieldProblem): FormMessage {
  return fieldMessage(problem, SPECIFIC[`${lastSegment(path)}.${problem.code}`]);
}

/** The server's answer as messages under each field, by the whole path (`directives.2.dueDate`), or one message for the form. */
export function meetingFormErrorsFrom(error: CombinedError): MeetingFormErrors {
  const code = errorCode(error);
  if (code !== 'BAD_USER_INPUT') return { form: `error.${code}` };
  const errors: MeetingFormErrors = {};
  for (const [path, fieldCode] of Object.entries(fieldErrorsByPath(error)))
    errors[path] = meetingFieldMessage(path, fieldCode);
  return hasFormErrors(errors) ? errors : { form: 'error.BAD_USER_INPUT' };
}

function toDirectiveInput(directive: DirectiveValues): DirectiveInput {
  const isTask = directive.kind === 'TASK';
  return {
    content: directive.content.trim(),
    kind: directive.kind,
    agencyId: directive.agencyId,
    supportingAgencyIds: isTask ? [] : directive.supportingAgencyIds.filter((id) => id !== directive.agencyId),
    category: directive.category,
    domain: directive.domain as DomainArea, // checked by validateMeetingForm
    dueDate: directive.dueDate,
    period:
      isTask && directive.periodQuarter
        ? { year: Number(directive.periodYear), quarter: Number(directive.periodQuarter) }
        : null,
  };
}

export type MeetingDraftFields = Omit<CreateMeetingInput, 'idempotencyKey'>;

export function toMeetingDraft(values: MeetingFormValues): MeetingDraftFields {
  return {
    title: values.title.trim(),
    heldOn: values.heldOn,
    chairId: values.chairId,
    reviewedAgencyId: values.reviewedAgencyId || null,
    attendees: values.attendees.trim(),
    attendingAgencyIds: values.attendingAgencyIds,
    summary: values.summary.trim(),
    conclusion: values.conclusion.trim(),
    directives: values.directives.map(toDirectiveInput),
  };
}
