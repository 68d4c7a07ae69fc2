import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyInTransaction } from '../../shared/event-bus';
import { COMMIT_ORDER_LOCK } from '../../shared/commit-order';
import { runSql } from '../../shared/sql';
import { appendAudit } from '../audit';

export const DOMAIN_EVENT = 'DOMAIN_EVENT';

/** What travels over the bus for every event: enough to route and authorise, no documents. */
export interface EventNotice {
  id: number;
  aggregateType: string;
  aggregateId: string;
  type: string;
  audience: string[];
  restricted: boolean;
}

/** Whether a member of `agencyId` may see an event. */
export function canSeeEvent(notice: Pick<EventNotice, 'audience' | 'restricted'>, agencyId: string, inCommittee: boolean): boolean {
  return notice.audience.includes(agencyId) || (inCommittee && !notice.restricted);
}

declare module '../../shared/event-bus' {
  interface BusTopics {
    [DOMAIN_EVENT]: EventNotice;
  }
}

export interface NewEvent {
  aggregateType: string;
  aggregateId: string;
  type: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  audience: string[];
  restricted?: boolean;
  data?: Record<string, unknown>;
}

export interface EventRow {
  id: number;
  aggregateType: string;
  aggregateId: string;
  type: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  audience: string[];
  restricted: boolean;
  data: Record<string, unknown>;
  createdAt: Date;
}


/**
 * Appends an event inside the caller's transaction. The transaction-scoped advisory lock makes
 * events commit in id order, so a subscriber that has seen id N can never later meet a smaller id:
 * resuming "after N" has no gaps. Take it last in the transaction, to hold it briefly.
 */
export async function appendEvent(em: EntityManager, event: NewEvent): Promise<EventNotice> {
  if (!em.getTransactionContext()) throw new Error('appendEvent must run inside a transaction');
  await runSql(em, 'select pg_advisory_xact_lock(?)', [COMMIT_ORDER_LOCK]);
  const [row] = await runSql<{ id: string }[]>(
    em,
    `insert into events (aggregate_type, aggregate_id, type, actor_user_id, actor_agency_id, audience, restricted, data)
     values (?, ?, ?, ?, ?, ?::uuid[], ?, ?::jsonb) returning id`,
    [
      event.aggregateType,
      event.aggregateId,
      event.type,
      event.actorUserId,
      event.actorAgencyId,
      `{${event.audience.join(',')}}`,
      event.restricted ?? false,
      JSON.stringify(event.data ?? {}),
    ],
  );
  await appendAudit(em, {
    actorUserId: event.actorUserId,
    actorAgencyId: event.actorAgencyId,
    action: `${event.aggregateType}.${event.type}`,
    subjectType: event.aggregateType,
    subjectId: event.aggregateId,
    details: { eventId: Number(row.id), ...(event.data ?? {}) },
  });
  const notice: EventNotice = {
    id: Number(row.id),
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    type: event.type,
    audience: event.audience,
    restricted: event.restricted ?? false,
  };
  // Every server process hears of it at COMMIT, and in commit order (= id order, under the lock
  // above): a live stream never sees a newer event before an older one, so none is skipped.
  await runSql(em, ...notifyInTransaction(DOMAIN_EVENT, notice));
  return notice;
}

const toRow = (r: Record<string, unknown>): EventRow => ({
  id: Number(r.id),
  aggregateType: r.aggregate_type as string,
  aggregateId: r.aggregate_id as string,
  type: r.type as string,
  actorUserId: (r.actor_user_id as string | null) ?? null,
  actorAgencyId: (r.actor_agency_id as string | null) ?? null,
  audience: r.audience as string[],
  restricted: r.restricted as boolean,
  data: (r.data as Record<string, unknown>) ?? {},
  createdAt: r.created_at as Date,
});

/** Events after `afterId` that a member of the agency may see (as `canSeeEvent`), oldest first. */
export async function eventsAfter(
  em: EntityManager,
  options: { afterId: number; aggregateType: string; aggregateId?: string; agencyId: string; inCommittee: boolean; limit: number },
): Promise<EventRow[]> {
  const conditions = ['id > ?', 'aggregate_type = ?'];
  const params: unknown[] = [options.afterId, options.aggregateType];
  if (options.aggregateId) {
    conditions.push('aggregate_id = ?');
    params.push(options.aggregateId);
  }
  conditions.push(options.inCommittee ? '(not restricted or audience @> array[?]::uuid[])' : 'audience @> array[?]::uuid[]');
  params.push(options.agencyId);
  const rows = await runSql(em,
    `select * from events where ${conditions.join(' and ')} order by id limit ?`,
    [...params, options.limit],
  );
  return rows.map(toRow);
}

/** The newest event id a member of the agency may see (0 when none): where a live stream should start. */
export async function latestEventId(em: EntityManager, options: { aggregateType: string; agencyId: string; inCommittee: boolean }): Promise<number> {
  const visible = options.inCommittee ? '(not restricted or audience @> array[?]::uuid[])' : 'audience @> array[?]::uuid[]';
  const [row] = await runSql<{ id: string | null }[]>(
    em,
    `select max(id) as id from events where aggregate_type = ? and ${visible}`,
    [options.aggregateType, options.agencyId],
  );
  return Number(row.id ?? 0);
}

/** The newest event id of all (0 when none), whoever may see it: a position in the log, no content. */
export async function newestEventId(em: EntityManager): Promise<number> {
  const [row] = await runSql<{ id: string | null }[]>(em, 'select max(id) as id from events');
  return Number(row.id ?? 0);
}
