import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { CommandRunner } from '../../shared/command-runner';
import type { EventBus } from '../../shared/event-bus';
import type { Message } from '../../shared/messages';
import { withDelegation } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';
import { appendEvent, type EventNotice, type NewEvent } from '../events';
import { transitionOnce } from '../idempotency';
import {
  announceNotifications,
  nobodyNotified,
  notify,
  type NotificationTarget,
  type Notified,
} from '../notifications';
import { taskRefusal } from './task.errors';
import { TASK_AGGREGATE } from './task.loaders';
import { taskActor } from './task.policy';
import { judgeTask, nextTaskStatus, TASK_RULES, type TaskAction } from './task-status';
import { Task } from './task.entity';
import { isTaskReadable } from './task.visibility';
import type { TaskView } from './task.views';

export interface Change {
  task: Task;
  type: string;
  data?: Record<string, unknown>;
}

export interface Recorded {
  notices: EventNotice[];
  notified: Notified;
}

export interface PlannedNotification {
  target: NotificationTarget;
  kind: string;
  message: Message;
  groupKey: string;
  subjectId: string;
}

/** What an action on one task records: its event, and whom to tell (about this task). */
export type TaskOutcome = Omit<Change, 'task'> & { notification?: Omit<PlannedNotification, 'groupKey' | 'subjectId'> };

export type TaskCommandRunner = CommandRunner<Viewer, Task, TaskAction, TaskOutcome, Recorded, TaskView>;

/** The task workflow for the command runner: task-status.ts judges and moves. */
export function taskCommandRunner(
  em: EntityManager,
  bus: EventBus,
  clock: Clock,
  read: (viewer: Viewer, id: string) => Promise<TaskView>,
): TaskCommandRunner {
  return new CommandRunner(em, clock, {
    aggregate: TASK_AGGREGATE,
    subject: 'task',
    transitionOnce,
    load: (tx, id) => tx.findOne(Task, id),
    isReadable: isTaskReadable,
    versionOf: (task) => task.version,
    judge(task, action, viewer) {
      const verdict = judgeTask(action, task.status, taskActor(viewer, task.ownerAgency.id));
      if (!verdict.ok) throw taskRefusal(action, verdict);
    },
    moveStatus: (task, action, _viewer, now) => task.moveTo(nextTaskStatus(action, task.status), now),
    record(tx, viewer, task, { notification, ...change }, action) {
      const planned = notification ? [{ ...notification, groupKey: `task:${task.id}`, subjectId: task.id }] : [];
      // an act of a delegable power taken under a delegation names it in its event (and audit entry)
      const data = withDelegation(change.data, viewer, TASK_RULES[action].power);
      return recordTaskChanges(tx, viewer, [{ task, ...change, data }], planned);
    },
    publish: (recorded) => publishTaskChanges(bus, recorded),
    read,
  });
}

/** Notifications, then the events (last: appendEvent holds the commit-order lock). */
export async function recordTaskChanges(
  tx: EntityManager,
  viewer: Viewer,
  changes: Change[],
  notifications: PlannedNotification[],
): Promise<Recorded> {
  const notified = nobodyNotified();
  for (const n of notifications) {
    const got = await notify(
      tx,
      { exceptUserId: viewer.userId, ...n.target },
      { kind: n.kind, message: n.message, groupKey: n.groupKey, subjectType: 'TASK', subjectId: n.subjectId },
    );
    notified.userIds.push(...got.userIds);
    notified.agencyIds.push(...got.agencyIds);
  }
  const notices: EventNotice[] = [];
  for (const change of changes) notices.push(await appendEvent(tx, taskEvent(viewer, change)));
  return { notices, notified };
}

/** After commit: the bells. */
export async function publishTaskChanges(bus: EventBus, { notified }: Recorded): Promise<void> {
  await announceNotifications(bus, notified);
}

function taskEvent(viewer: Viewer, { task, type, data }: Change): NewEvent {
  return {
    aggregateType: TASK_AGGREGATE,
    aggregateId: task.id,
    type,
    actorUserId: viewer.userId,
    actorAgencyId: viewer.agencyId,
    audience: [task.ownerAgency.id],
    data,
  };
}
