import type { SqlSource } from '../../shared/combined-reads';
import { vietnameseDate } from '../../shared/clock';
import { localized, message, type Message, type MessageParams } from '../../shared/messages';
import type { MessageParam } from '../../shared/messages/message-param';
import type { Viewer } from '../../shared/viewer';
import {
  unreadNotifications,
  waitingMeetings,
  waitingProposals,
  waitingRequests,
  waitingTasks,
} from './work-queue.queries';
import { WORK_QUEUE_LIMITS, WorkReason } from './work-queue.rules';
import { WorkItemKind, type WorkItemView, type WorkQueueView } from './work-queue.views';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/** The pages where the client takes each kind of action (client/src/app/router.tsx). */
const PAGES: Readonly<Record<string, string>> = {
  REQUEST: '/requests',
  PROPOSAL: '/proposals',
  DECISION: '/decisions',
  TASK: '/tasks',
  MEETING: '/meetings',
};

const pathOf = (subjectType: string, id: string): string | null =>
  subjectType in PAGES ? `${PAGES[subjectType]}/${encodeURIComponent(id)}` : null;

/** Parameters as the API lists them: by name (jsonb and object literals keep their own order). */
const listed = (params: MessageParams | null | undefined): MessageParam[] =>
  Object.entries(params ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => ({ name, value: String(value) }));

function said(text: Message): Pick<WorkItemView, 'message' | 'messageKey' | 'messageParams'> {
  const { message: vietnamese, messageKey } = localized(text);
  return { message: vietnamese, messageKey: messageKey ?? null, messageParams: listed(text.params) };
}

const unitOr = (unit: string | null) => unit ?? '';

function requestReason(row: Rows<typeof waitingRequests>[number]): Message {
  const from = row.from_agency;
  const unit = unitOr(row.unit);
  switch (row.reason) {
    case WorkReason.ACKNOWLEDGE:
      return message('workQueue.request.acknowledge', { from, unit });
    case WorkReason.ANSWER:
      return message('workQueue.request.answer', { from, unit });
    case WorkReason.ACCEPT_ANSWER:
      return message('workQueue.request.acceptAnswer', { by: row.lead_agency, unit });
    default:
      return message('workQueue.request.giveDirective', { from });
  }
}

function proposalReason(row: Rows<typeof waitingProposals>[number]): Message {
  const from = row.from_agency;
  switch (row.reason) {
    case WorkReason.APPRAISE:
      return message('workQueue.proposal.appraise', { from, unit: unitOr(row.unit) });
    case WorkReason.REVISE:
      return message('workQueue.proposal.revise', { unit: unitOr(row.unit) });
    default:
      return message('workQueue.proposal.decide', { from });
  }
}

function taskReason({ days_left: days, due_date, unit }: Rows<typeof waitingTasks>[number]): Message {
  const due = vietnameseDate(due_date);
  if (days < 0) return message('workQueue.task.overdue', { unit, days: -days, due });
  if (days === 0) return message('workQueue.task.dueToday', { unit, due });
  return message('workQueue.task.dueSoon', { unit, days, due });
}

const sizeOf = (rows: readonly { total: number }[]) => rows[0]?.total ?? 0;

/**
 * Việc cần xử lý: the signed-in official's to-do list. Its five reads start in the same turn and
 * so go to PostgreSQL as one statement (CombinedReads); the meetings read is the Committee's only.
 */
export async function readWorkQueue(source: SqlSource, viewer: Viewer): Promise<WorkQueueView> {
  const [notifications, requests, proposals, tasks, meetings] = await Promise.all([
    unreadNotifications(source, viewer),
    waitingRequests(source, viewer),
    waitingProposals(source, viewer),
    waitingTasks(source, viewer),
    viewer.inCommittee ? waitingMeetings(source, viewer) : Promise.resolve([]),
  ]);
  const item = (kind: WorkItemKind, id: string, rest: Omit<WorkItemView, 'id' | 'kind'>): WorkItemView => ({
    id: `${kind}:${id}`,
    kind,
    ...rest,
  });
  const undated = { dueDate: null, overdue: false, dueSoon: false };
  const items: WorkItemView[] = [
    ...notifications.map((n) =>
      item(WorkItemKind.NOTIFICATION, n.id, {
        reason: WorkReason.READ_NOTIFICATION,
        message: n.message,
        messageKey: n.message_key,
        messageParams: listed(n.message_params),
        record: { kind: WorkItemKind.NOTIFICATION, id: n.id, code: null, title: n.message },
        ...undated,
        since: new Date(n.created_at),
        path: pathOf(n.subject_type, n.subject_id),
      }),
    ),
    ...requests.map((r) =>
      item(WorkItemKind.REQUEST, r.id, {
        reason: r.reason,
        ...said(requestReason(r)),
        record: { kind: WorkItemKind.REQUEST, id: r.id, code: r.code, title: r.title },
        dueDate: r.due_date,
        overdue: r.overdue,
        dueSoon: r.due_soon,
        since: new Date(r.last_activity_at),
        path: pathOf('REQUEST', r.id),
      }),
    ),
    ...proposals.map((p) =>
      item(WorkItemKind.PROPOSAL, p.id, {
        reason: p.reason,
        ...said(proposalReason(p)),
        record: { kind: WorkItemKind.PROPOSAL, id: p.id, code: p.code, title: p.title },
        ...undated,
        since: new Date(p.last_activity_at),
        path: pathOf('PROPOSAL', p.id),
      }),
    ),
    ...tasks.map((t) =>
      item(WorkItemKind.TASK, t.id, {
        reason: WorkReason.FINISH_TASK,
        ...said(taskReason(t)),
        record: { kind: WorkItemKind.TASK, id: t.id, code: t.code, title: t.title },
        dueDate: t.due_date,
        overdue: t.days_left < 0,
        dueSoon: t.days_left >= 0,
        since: new Date(t.last_activity_at),
        path: pathOf('TASK', t.id),
      }),
    ),
    ...meetings.map((m) =>
      item(WorkItemKind.MEETING, m.id, {
        reason: WorkReason.PUBLISH_CONCLUSION,
        ...said(message('workQueue.meeting.publish', { heldOn: vietnameseDate(m.held_on) })),
        record: { kind: WorkItemKind.MEETING, id: m.id, code: null, title: m.title },
        ...undated,
        since: new Date(m.last_activity_at),
        path: pathOf('MEETING', m.id),
      }),
    ),
  ];
  const counts = {
    requests: sizeOf(requests),
    proposals: sizeOf(proposals),
    tasks: sizeOf(tasks),
    meetings: sizeOf(meetings),
    notifications: sizeOf(notifications),
  };
  return {
    items,
    counts: { ...counts, total: counts.requests + counts.proposals + counts.tasks + counts.meetings },
    itemsPerSection: WORK_QUEUE_LIMITS.itemsPerSection,
  };
}
