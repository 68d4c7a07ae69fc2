import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { enqueueJob, type JobSpec } from '../../jobs';
import { PROVINCE_TIME_ZONE, SQL_PROVINCE_TODAY } from '../../shared/clock';
import { db } from '../../shared/typed-sql';

export interface DeadlineSettings {
  /** Remind the addressed agencies this many days before the due date. */
  remindDaysBefore: number;
  /** Escalate to the Committee automatically once a request is this many days overdue (0: never). */
  autoEscalateAfterDays: number;
}

export type ReminderKind = 'DUE_SOON' | 'OVERDUE';
export const REMINDER_KINDS: readonly ReminderKind[] = ['DUE_SOON', 'OVERDUE'];

/** The job engine's tasks for deadlines: the scheduled sweep, and one job per request and act. */
export const DEADLINE_TASKS = {
  sweep: 'requests.sweep-deadlines',
  remind: 'request.remind',
  escalate: 'request.escalate',
} as const;

const today = sql.raw(SQL_PROVINCE_TODAY);

/**
 * The requests a reminder of `kind` is due for and not yet sent (one per request, kind and due
 * date: request_reminders). The sweep lists them; each reminder job checks its request against
 * the same rule before sending, since the request may have moved on while the job waited.
 */
export function remindable(kind: ReminderKind, settings: DeadlineSettings) {
  const open = db
    .selectFrom('requests')
    .select('id')
    .where(
      sql<SqlBool>`not exists (select 1 from request_reminders r
        where r.request_id = requests.id and r.kind = ${kind} and r.due_date = requests.due_date)`,
    );
  return kind === 'DUE_SOON'
    ? open
        .where(sql<SqlBool>`status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED')`)
        .where(sql<SqlBool>`due_date between ${today} and ${today} + ${settings.remindDaysBefore}::int`)
    : open
        .where(sql<SqlBool>`status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED', 'DECLINED')`)
        .where(sql<SqlBool>`due_date < ${today}`);
}

/** The requests late enough to be escalated automatically (none when autoEscalateAfterDays is 0). */
export function escalatable(settings: DeadlineSettings) {
  return db
    .selectFrom('requests')
    .select(['id', 'version', sql<number>`${today} - due_date`.as('days_late')])
    .where(sql<SqlBool>`${settings.autoEscalateAfterDays}::int > 0`)
    .where(sql<SqlBool>`status in ('SUBMITTED', 'IN_PROGRESS', 'DECLINED')`)
    .where(sql<SqlBool>`due_date <= ${today} - ${settings.autoEscalateAfterDays}::int`);
}

/**
 * One request's deadline jobs run one at a time, in the order they were added: the overdue notice
 * the sweep adds before an escalation is on the request's timeline before it.
 */
const requestQueue = (requestId: string) => `request-deadlines:${requestId}`;

/** A reminder job; its key makes a second one for the same request and kind replace the first. */
export const reminderJob = (requestId: string, kind: ReminderKind, runAt?: JobSpec['runAt']): JobSpec => ({
  task: DEADLINE_TASKS.remind,
  payload: { requestId, kind },
  jobKey: `${DEADLINE_TASKS.remind}:${kind}:${requestId}`,
  queueName: requestQueue(requestId),
  runAt,
});

export const escalationJob = (requestId: string): JobSpec => ({
  task: DEADLINE_TASKS.escalate,
  payload: { requestId },
  jobKey: `${DEADLINE_TASKS.escalate}:${requestId}`,
  queueName: requestQueue(requestId),
});

/** Changes that give a request a due date to watch: sending it, and resolving an escalation (a new due date). */
const SETS_DUE_DATE = new Set(['SUBMITTED', 'ESCALATION_RESOLVED']);

/**
 * The reminders' lead time while this process runs the job engine (null: no engine, nothing to
 * schedule; the schema may not even exist). Process-wide because the record step is reached from
 * every service that changes a request, none of which carries the configuration.
 */
let scheduling: DeadlineSettings | null = null;

/** app.ts, once the engine runs: from now on a change that sets a due date schedules its reminder. */
export function scheduleRemindersOnChange(settings: DeadlineSettings): () => void {
  scheduling = settings;
  return () => {
    if (scheduling === settings) scheduling = null;
  };
}

/**
 * The record step's part: a request sent (or given a new due date) gets its DUE_SOON reminder
 * job, due at the start of the province's day `remindDaysBefore` before the due date, in the same
 * transaction as the change — a rolled-back change leaves no job.
 */
export async function scheduleDueReminder(
  tx: EntityManager,
  request: { id: string; dueDate: string },
  eventType: string,
): Promise<void> {
  if (!scheduling || !SETS_DUE_DATE.has(eventType)) return;
  const remindOn = sql`(${request.dueDate}::date - ${scheduling.remindDaysBefore}::int)`;
  await enqueueJob(
    tx,
    reminderJob(request.id, 'DUE_SOON', sql`${remindOn}::timestamp at time zone ${PROVINCE_TIME_ZONE}`),
  );
}
