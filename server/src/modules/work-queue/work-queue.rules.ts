import { MEETING_RULES, MeetingAction } from '../meetings';
import { PROPOSAL_RULES, ProposalAction, ProposalStatus } from '../proposals';
import { ParticipantState, REQUEST_RULES, RequestAction } from '../requests';
import { TASK_RULES, TaskAction } from '../tasks';

/** The work queue's windows and sizes, in one place. */
export const WORK_QUEUE_LIMITS = {
  /** An open request is "due soon" from this many days before its due date. */
  requestDueSoonDays: 3,
  /** An open task enters the queue this many days before its due date, and stays while overdue. */
  taskDueWithinDays: 14,
  /** Items shown per section (requests, proposals, tasks, meetings); the counts say how many in all. */
  itemsPerSection: 20,
  /** The newest unread notifications shown. */
  notifications: 5,
} as const;

/** Why an item is in the queue: the action the viewer's agency (or the Committee) is expected to take. */
export enum WorkReason {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ANSWER = 'ANSWER',
  ACCEPT_ANSWER = 'ACCEPT_ANSWER',
  GIVE_DIRECTIVE = 'GIVE_DIRECTIVE',
  APPRAISE = 'APPRAISE',
  DECIDE = 'DECIDE',
  REVISE = 'REVISE',
  FINISH_TASK = 'FINISH_TASK',
  PUBLISH_CONCLUSION = 'PUBLISH_CONCLUSION',
  READ_NOTIFICATION = 'READ_NOTIFICATION',
}

const both = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((value) => b.includes(value));

/**
 * In which statuses a record waits for whom, read from each workflow's own table (never restated
 * here): the queue lists a record exactly when the table lets the expected actor act on it.
 */
export const WAITING = {
  request: {
    /** An addressed agency that has not acknowledged (its participation PENDING). */
    acknowledge: {
      statuses: REQUEST_RULES[RequestAction.ACKNOWLEDGE].from,
      participant: ParticipantState.PENDING,
    },
    /** An addressed agency that acknowledged and has not answered. */
    answer: {
      statuses: REQUEST_RULES[RequestAction.RESPOND].from,
      participant: ParticipantState.ACKNOWLEDGED,
    },
    /** The requester, once answered: close (accept) or reopen. */
    acceptAnswer: both(REQUEST_RULES[RequestAction.CLOSE].from, REQUEST_RULES[RequestAction.REOPEN].from),
    /** The Committee, for an escalation. */
    giveDirective: REQUEST_RULES[RequestAction.RESOLVE_ESCALATION].from,
  },
  proposal: {
    /** An appraising agency with no opinion yet on the current revision. */
    appraise: PROPOSAL_RULES[ProposalAction.APPRAISE].from,
    decide: PROPOSAL_RULES[ProposalAction.DECIDE].from,
    /** The proposer, after the Committee returned it (a draft never sent is not waiting on anyone). */
    revise: both(PROPOSAL_RULES[ProposalAction.SUBMIT].from, [ProposalStatus.RETURNED]),
  },
  /** The owner agency, until it completes the task. */
  task: TASK_RULES[TaskAction.COMPLETE].from,
  /** A Committee leader, to publish the conclusion. */
  meeting: MEETING_RULES[MeetingAction.PUBLISH].from,
} as const;
