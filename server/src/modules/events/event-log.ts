import type { EntityManager } from '@mikro-orm/postgresql';
import { announceAtCommit } from '../../shared/event-bus';
import { COMMIT_ORDER_LOCK } from '../../shared/commit-order';
import { sql, type SqlBool } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import { appendAuditUnderLock, NEXT_AUDIT_ID } from '../audit';
import { agenciesActedFor, type Viewer } from '../../shared/viewer';

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

/** Who is asking about events: the agencies the viewer acts for, and Committee membership. */
export type EventReader = Pick<Viewer, 'agencyId' | 'actedFor' | 'inCommittee'>;

/**
 * Whether the viewer may see an event: its audience meets the agencies the viewer acts for
 * (`agenciesActedFor`: a department's leaders also receive their units' events), or the viewer is
 * in the Committee and the event is not restricted (drafts).
 */
export function canSeeEvent(notice: Pick<EventNotice, 'audience' | 'restricted'>, reader: EventReader): boolean {
  return (
    (reader.inCommittee && !notice.restricted) ||
    agenciesActedFor(reader).some((agencyId) => notice.audience.includes(agencyId))
  );
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
 *
 * Why the lock is still needed, and why this is all it needs: ids come from a sequence, drawn
 * when the row is inserted, and become visible at COMMIT. Without the lock two writers could draw
 * N and N+1 and commit N+1 first; a live stream that sent N+1 would then skip N for good. With
 * the lock, the id is drawn after the lock is granted and the lock is held until COMMIT, so ids
 * are visible in the order they were drawn. The audit row is chained under the same lock (its id
 * drawn in the same statement). So the lock is taken, the event inserted and the audit id drawn
 * in ONE statement (the materialized CTE runs first, and both sequences are read after it —
 * sequences ignore snapshots); the audit row reads the previous hash in the next statement
 * (`appendAuditUnderLock`), which READ COMMITTED needs. Then the NOTIFY and COMMIT: the section
 * that writers take turns through is three round trips instead of six (a second lock call, the
 * separate id/previous-hash read and the hash computed in Node are gone). A mutation that writes
 * no event and no audit row takes no lock at all.
 */
export async function appendEvent(em: EntityManager, event: NewEvent): Promise<EventNotice> {
  if (!em.getTransactionContext()) throw new Error('appendEvent must run inside a transaction');
  const [row] = await runQuery(
    em,
    sql<{
      id: string;
      audit_id: string;
    }>`with commit_order as materialized (select pg_advisory_xact_lock(${COMMIT_ORDER_LOCK})),
      event as (
        insert into events (aggregate_type, aggregate_id, type, actor_user_id, actor_agency_id, audience, restricted, data)
        select ${event.aggregateType}, ${event.aggregateId}::uuid, ${event.type}, ${event.actorUserId}::uuid,
               ${event.actorAgencyId}::uuid, ${`{${event.audience.join(',')}}`}::uuid[], ${event.restricted ?? false}::boolean,
               ${JSON.stringify(event.data ?? {})}::jsonb
          from commit_order
        returning id)
      select event.id::text as id, ${NEXT_AUDIT_ID} as audit_id from event`,
  );
  await appendAuditUnderLock(em, row.audit_id, {
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
  // Every server process hears of it at COMMIT. With NOTIFY, in commit order (= id order, under
  // the lock above): a live stream never sees a newer event before an older one, so none is
  // skipped. With Redis (no NOTIFY, so no commit-time lock), the committing process publishes it
  // after COMMIT and notices may cross; `RedisEventTarget` restores id order from the log.
  await announceAtCommit(em, DOMAIN_EVENT, notice);
  return notice;
}

/** Whether the viewer may see an event row (as `canSeeEvent`, in SQL: the audience overlaps). */
const visibleTo = (reader: EventReader) => {
  const audience = sql<SqlBool>`audience && ${`{${agenciesActedFor(reader).join(',')}}`}::uuid[]`;
  return reader.inCommittee ? sql<SqlBool>`(not restricted or ${audience})` : audience;
};

/** Events after `afterId` that the viewer may see (as `canSeeEvent`), oldest first. */
export async function eventsAfter(
  em: EntityManager,
  options: {
    afterId: number;
    aggregateType: string;
    aggregateId?: string;
    reader: EventReader;
    limit: number;
  },
): Promise<EventRow[]> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('events')
      .select([
        'id',
        'aggregate_type',
        'aggregate_id',
        'type',
        'actor_user_id',
        'actor_agency_id',
        'audience',
        'restricted',
        sql<Record<string, unknown> | null>`data`.as('data'),
        'created_at',
      ])
      .where('id', '>', options.afterId)
      .where('aggregate_type', '=', options.aggregateType)
      .$if(Boolean(options.aggregateId), (query) => query.where('aggregate_id', '=', options.aggregateId!))
      .where(visibleTo(options.reader))
      .orderBy('id')
      .limit(options.limit),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    type: r.type,
    actorUserId: r.actor_user_id,
    actorAgencyId: r.actor_agency_id,
    audience: r.audience,
    restricted: r.restricted,
    data: r.data ?? {},
    createdAt: new Date(r.created_at),
  }));
}

/** The newest event id the viewer may see (0 when none): where a live stream should start. */
export async function latestEventId(
  em: EntityManager,
  options: { aggregateType: string; reader: EventReader },
): Promise<number> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('events')
      .select(sql<string | null>`max(id)`.as('id'))
      .where('aggregate_type', '=', options.aggregateType)
      .where(visibleTo(options.reader)),
  );
  return Number(row.id ?? 0);
}

/** The newest event id of all (0 when none), whoever may see it: a position in the log, no content. */
export async function newestEventId(em: EntityManager): Promise<number> {
  const [row] = await runQuery(em, db.selectFrom('events').select(sql<string | null>`max(id)`.as('id')));
  return Number(row.id ?? 0);
}

/**
 * Every event after `afterId` up to `uptoId`, whoever may see it, as the notices their commits
 * announced, oldest first: how a process fills a gap between notices that crossed on Redis.
 */
export async function noticesBetween(em: EntityManager, afterId: number, uptoId: number): Promise<EventNotice[]> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('events')
      .select(['id', 'aggregate_type', 'aggregate_id', 'type', 'audience', 'restricted'])
      .where('id', '>', afterId)
      .where('id', '<=', uptoId)
      .orderBy('id'),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    type: r.type,
    audience: r.audience,
    restricted: r.restricted,
  }));
}
