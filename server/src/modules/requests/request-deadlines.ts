import type { EntityManager } from '@mikro-orm/postgresql';
import { SQL_PROVINCE_TODAY } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { runSql } from '../../shared/sql';
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
export async function sweepRequestDeadlines(fork: () => EntityManager, bus: EventBus, settings: DeadlineSettings): Promise<SweepResult> {
  const result: SweepResult = { dueSoon: 0, overdue: 0, escalated: 0 };
  const service = () => new RequestService(fork(), bus);
  const ids = (sql: string, params: unknown[] = []) => runSql<{ id: string; version: number; days_late: number }[]>(fork(), sql, params);

  const dueSoon = await ids(
    `select id from requests where status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED')
       and due_date between ${SQL_PROVINCE_TODAY} and ${SQL_PROVINCE_TODAY} + ?::int`,
    [settings.remindDaysBefore],
  );
  for (const { id } of dueSoon) if (await service().sendReminder(id, 'DUE_SOON')) result.dueSoon++;

  const overdue = await ids(
    `select id from requests where status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED', 'DECLINED') and due_date < ${SQL_PROVINCE_TODAY}`,
  );
  for (const { id } of overdue) if (await service().sendReminder(id, 'OVERDUE')) result.overdue++;

  if (settings.autoEscalateAfterDays > 0) {
    const late = await ids(
      `select id, version, (${SQL_PROVINCE_TODAY} - due_date) as days_late from requests
        where status in ('SUBMITTED', 'IN_PROGRESS', 'DECLINED') and due_date <= ${SQL_PROVINCE_TODAY} - ?::int`,
      [settings.autoEscalateAfterDays],
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
