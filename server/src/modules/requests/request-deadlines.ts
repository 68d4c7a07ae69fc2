import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, everyMinutes, type JobHandler, type JobSet } from '../../jobs';
import { DomainError } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { runQuery } from '../../shared/typed-sql';
import {
  DEADLINE_TASKS,
  escalatable,
  escalationJob,
  REMINDER_KINDS,
  remindable,
  reminderJob,
  type DeadlineSettings,
  type ReminderKind,
} from './request-deadline-rules';
import { RequestService } from './request.service';

/** Jobs the sweep enqueued (a job key collapses one already waiting for the same request). */
export interface SweepResult {
  dueSoon: number;
  overdue: number;
  escalated: number;
}

/**
 * The scheduled deadline sweep: finds the requests a reminder (before the due date, or on the
 * day it is missed) or an automatic escalation is due for, and enqueues one job per request and
 * act. Cheap when nothing is due: requests already reminded are not listed again.
 */
export async function sweepRequestDeadlines(em: EntityManager, settings: DeadlineSettings): Promise<SweepResult> {
  const result: SweepResult = { dueSoon: 0, overdue: 0, escalated: 0 };
  for (const kind of REMINDER_KINDS) {
    for (const { id } of await runQuery(em, remindable(kind, settings))) {
      await enqueueJob(em, reminderJob(id, kind));
      result[kind === 'DUE_SOON' ? 'dueSoon' : 'overdue']++;
    }
  }
  for (const { id } of await runQuery(em, escalatable(settings))) {
    await enqueueJob(em, escalationJob(id));
    result.escalated++;
  }
  return result;
}

/** A job's payload, checked: a malformed one fails (and is given up after its attempts), it acts on nothing. */
function requestPayload(payload: unknown): { requestId: string; kind?: ReminderKind } {
  const { requestId, kind } = (payload ?? {}) as { requestId?: unknown; kind?: unknown };
  if (typeof requestId !== 'string' || (kind !== undefined && !REMINDER_KINDS.includes(kind as ReminderKind))) {
    throw new Error(`deadline job: malformed payload ${JSON.stringify(payload)}`);
  }
  return { requestId, kind: kind as ReminderKind | undefined };
}

/**
 * The deadline tasks for the job engine, and the sweep's schedule (every DEADLINE_SWEEP_MINUTES,
 * none when 0). Each job checks its request against the rule again before acting and keeps the
 * old idempotency: a reminder is claimed by its unique row, an escalation by the request's version.
 */
export function requestDeadlineJobs(
  fork: () => EntityManager,
  bus: EventBus,
  settings: DeadlineSettings & { deadlineSweepMinutes: number },
): JobSet {
  const tasks: Record<string, JobHandler> = {
    [DEADLINE_TASKS.sweep]: async () => {
      await sweepRequestDeadlines(fork(), settings);
    },
    [DEADLINE_TASKS.remind]: async (payload) => {
      const { requestId, kind = 'DUE_SOON' } = requestPayload(payload);
      const due = await runQuery(fork(), remindable(kind, settings).where('id', '=', requestId));
      if (due.length > 0) await new RequestService(fork(), bus).sendReminder(requestId, kind);
    },
    [DEADLINE_TASKS.escalate]: async (payload) => {
      const { requestId } = requestPayload(payload);
      const [late] = await runQuery(fork(), escalatable(settings).where('id', '=', requestId));
      if (!late) return;
      try {
        await new RequestService(fork(), bus).escalateOverdue(late.id, late.version, late.days_late);
      } catch (error) {
        // a user (or another job) acted first: nothing to do
        if (!(error instanceof DomainError)) throw error;
      }
    },
  };
  const schedules =
    settings.deadlineSweepMinutes > 0
      ? [{ task: DEADLINE_TASKS.sweep, pattern: everyMinutes(settings.deadlineSweepMinutes, 'DEADLINE_SWEEP_MINUTES') }]
      : [];
  return { tasks, schedules };
}
