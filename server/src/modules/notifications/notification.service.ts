import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import type { BusTopics, EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { decodeTimeCursor, pageSize, timeCursor, toPage, type Page } from '../../shared/pagination';
import { db, runQuery } from '../../shared/typed-sql';
import { stoppable } from '../../shared/stoppable';
import type { Viewer } from '../../shared/viewer';
import { NOTIFICATIONS_CHANGED } from './notify';
import type { NotificationView } from './notification.resolver';

/** Marks the viewer's unread notifications read (narrowed further by the caller). */
const unreadOf = (viewer: Viewer) =>
  db.updateTable('notifications').set({ read_at: sql<string>`now()` }).where('user_id', '=', viewer.userId).where('read_at', 'is', null);

/** A user's own notifications: nobody reads or marks anyone else's. */
export class NotificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
  ) {}

  async list(viewer: Viewer, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Page<NotificationView>> {
    const limit = pageSize(first);
    let query = db
      .selectFrom('notifications')
      .select(['id', 'kind', 'message', 'count', 'subject_type', 'subject_id', 'created_at', 'read_at'])
      .where('user_id', '=', viewer.userId);
    if (unreadOnly) query = query.where('read_at', 'is', null);
    if (after) {
      const [at, id] = decodeTimeCursor(after);
      query = query.where(sql<SqlBool>`(created_at, id) < (${at}::timestamptz, ${id}::uuid)`);
    }
    const rows = await runQuery(this.em, query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1));
    const views = rows.map((r): NotificationView => ({
      id: r.id,
      kind: r.kind,
      message: r.message,
      count: r.count,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      createdAt: new Date(r.created_at),
      read: r.read_at !== null,
    }));
    return toPage(views, limit, (n) => timeCursor(n.createdAt, n.id));
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await runQuery(
      this.em,
      db.selectFrom('notifications').select(sql<number>`count(*)::int`.as('n')).where('user_id', '=', viewer.userId).where('read_at', 'is', null),
    );
    return row.n;
  }

  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    if (ids === null) {
      await runQuery(this.em, unreadOf(viewer));
    } else {
      const valid = ids.filter(isId);
      if (valid.length > 0) {
        await runQuery(this.em, unreadOf(viewer).where(sql<SqlBool>`id = any(${`{${valid.join(',')}}`}::uuid[])`));
      }
    }
    // the user's other tabs and devices re-count too
    await this.bus.publish(NOTIFICATIONS_CHANGED, { userIds: [viewer.userId], agencyIds: [] });
    return this.unreadCount(viewer);
  }

  /** One tick now (the current count), then one for every change that may concern the viewer. */
  countChanges(viewer: Viewer): AsyncGenerator<true> {
    const live = this.bus.subscribe(NOTIFICATIONS_CHANGED)[Symbol.asyncIterator]();
    const closeLive = async () => live.return?.();
    return stoppable(ticksFor(viewer, live, closeLive), closeLive);
  }
}

async function* ticksFor(viewer: Viewer, live: AsyncIterator<BusTopics[typeof NOTIFICATIONS_CHANGED]>, closeLive: () => Promise<unknown>): AsyncGenerator<true> {
  let next = live.next(); // listening starts before the first tick is sent
  try {
    yield true;
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = live.next();
      const { userIds, agencyIds } = result.value;
      if (userIds.includes(viewer.userId) || agencyIds.includes(viewer.agencyId)) yield true;
    }
  } finally {
    await closeLive();
  }
}
