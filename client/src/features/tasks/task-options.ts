import type { MessageKey } from '../../kit/messages/vi';
import type { ProposalStatus, RequestStatus, TaskCategory, TaskGroup, TaskStatus } from '../../gql/graphql';
import { isOneOf } from '../../kit/is-one-of';
import { REQUEST_STATUSES } from '../requests';

/** The enum values in the order people expect them in selects and filters. */
export const TASK_CATEGORIES: readonly TaskCategory[] = ['BREAKTHROUGH', 'KEY', 'ROUTINE'];
export const TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'COMPLETED', 'CARRIED_OVER', 'CANCELLED'];
/** The four official groups, in the order of the quarterly report. */
export const TASK_GROUPS: readonly TaskGroup[] = [
  'COMPLETED_ON_TIME',
  'COMPLETED_LATE',
  'NOT_DONE_WITHIN_DEADLINE',
  'NOT_DONE_OVERDUE',
];

const EVENT_TYPES = [
  'ASSIGNED',
  'PROGRESS_REPORTED',
  'COMPLETED',
  'REOPENED',
  'CANCELLED',
  'CARRIED_OVER',
  'LINKED',
] as const;

/** Timeline event types are plain strings in the schema; a type this client does not know yet still gets a label. */
export function taskEventLabel(type: string): MessageKey {
  return isOneOf(EVENT_TYPES, type) ? (`taskEvent.${type}` as const) : 'taskEvent.OTHER';
}

const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'DRAFT',
  'IN_APPRAISAL',
  'IN_REVIEW',
  'DECIDED',
  'RETURNED',
  'WITHDRAWN',
];

/** Linked records carry their status as a plain string. */
export function requestStatusLabel(status: string): MessageKey | null {
  return isOneOf<RequestStatus>(REQUEST_STATUSES, status) ? (`requestStatus.${status}` as const) : null;
}

export function proposalStatusLabel(status: string): MessageKey | null {
  return isOneOf(PROPOSAL_STATUSES, status) ? (`proposalStatus.${status}` as const) : null;
}
