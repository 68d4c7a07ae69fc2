import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { SQL_PROVINCE_TODAY } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { db, runQuery } from '../../shared/typed-sql';
import { RequestService } from './request.service';

export interface DeadlineSettings {
  /** Remind the addressed agencies this many days before the due date. */
  remindDaysBefore: number;
  /** Escalate to the Committee automatically once a request is this many days overdue (0: never). */
  autoEscalateAfterDays: number;
}

export interface SweepResult {
  dueSoon: number;
  overdue: number;
  escalated: number;
}

/**
 * The deadline job: reminders before the due date, a notice on the day a request becomes
 * overdue, and automatic escalation. Safe to run in several processes at once: reminders are
 * claimed by a unique row, escalations by the request's version.
 */
export async function sweepRequestDeadlines(
  fork: () => EntityManager,
  bus: EventBus,
  settings: DeadlineSettings,
): Promise<SweepResult> {
  const result: SweepResult = { dueSoon: 0, overdue: 0, escalated: 0 };
  const service = () => new RequestService(fork(), bus);
  const today = sql.raw(SQL_PROVINCE_TODAY);
  const requests = () => db.selectFrom('requests').select('id');

  const dueSoon = await runQuery(
    fork(),
    requests()
      .where(sql<SqlBool>`status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED')`)
      .where(sql<SqlBool>`due_date between ${today} and ${today} + ${settings.remindDaysBefore}::int`),
  );
  for (const { id } of dueSoon) if (await service().sendReminder(id, 'DUE_SOON')) result.dueSoon++;

  const overdue = await runQuery(
    fork(),
    requests()
      .where(sql<SqlBool>`status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED', 'DECLINED')`)
      .where(sql<SqlBool>`due_date < ${today}`),
  );
  for (const { id } of overdue) if (await service().sendReminder(id, 'OVERDUE')) result.overdue++;

  if (settings.autoEscalateAfterDays > 0) {
    const late = await runQuery(
      fork(),
      requests()
        .select(['version', sql<number>`${today} - due_date`.as('days_late')])
        .where(sql<SqlBool>`status in ('SUBMITTED', 'IN_PROGRESS', 'DECLINED')`)
        .where(sql<SqlBool>`due_date <= ${today} - ${settings.autoEscalateAfterDays}::int`),
    );
    for (const { id, version, days_late } of late) {
      try {
        await service().escalateOverdue(id, version, days_late);
        result.escalated++;
      } catch (error) {
        // another process (or a user) acted first: nothing to do
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }
  return result;
}

/** Runs the sweep every `intervalMs` until stopped; a failed run is logged and retried next time. */
export function scheduleRequestDeadlines(
  fork: () => EntityManager,
  bus: EventBus,
  settings: DeadlineSettings & { intervalMs: number },
  log: (message: string, error?: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepRequestDeadlines(fork, bus, settings).catch((error) => log('deadline sweep failed', error));
  };
  const timer = setInterval(tick, settings.intervalMs);
  timer.unref();
  const first = setTimeout(tick, 1000);
  first.unref();
  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
