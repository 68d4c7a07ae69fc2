import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type InferResult, type SqlBool } from 'kysely';
import type { BusTopics, EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import type { MessageParams } from '../../shared/messages';
import { decodeTimeCursor, pageSize, timeCursor, toPage, type Page } from '../../shared/pagination';
import { stoppable } from '../../shared/stoppable';
import { db, runQuery, runStatement } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { NOTIFICATIONS_CHANGED } from './notify';
import type { NotificationView } from './notification.views';

const selectNotifications = () =>
  db
    .selectFrom('notifications')
    .select(['id', 'kind', 'message', 'message_key', sql<MessageParams | null>`message_params`.as('message_params')])
    .select(['count', 'subject_type', 'subject_id', 'created_at', 'read_at']);

const toView = (r: InferResult<ReturnType<typeof selectNotifications>>[number]): NotificationView => ({
  id: r.id,
  kind: r.kind,
  message: r.message,
  messageKey: r.message_key,
  messageParams: Object.entries(r.message_params ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1)) // by name: jsonb keeps its own key order
    .map(([name, value]) => ({ name, value: String(value) })),
  count: r.count,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  createdAt: new Date(r.created_at),
  read: r.read_at !== null,
});

/** A user's own notifications: nobody reads or marks anyone else's. */
export class NotificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
  ) {}

  async list(
    viewer: Viewer,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<Page<NotificationView>> {
    const limit = pageSize(first);
    let query = selectNotifications().where('user_id', '=', viewer.userId);
    if (unreadOnly) query = query.where('read_at', 'is', null);
    if (after) {
      const [at, id] = decodeTimeCursor(after);
      query = query.where(sql<SqlBool>`(created_at, id) < (${at}::timestamptz, ${id}::uuid)`);
    }
    const rows = await runQuery(
      this.em,
      query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1),
    );
    return toPage(rows.map(toView), limit, (n) => timeCursor(n.createdAt, n.id));
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await runQuery(
      this.em,
      db
        .selectFrom('notifications')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('user_id', '=', viewer.userId)
        .where('read_at', 'is', null),
    );
    return row.n;
  }

  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const unread = db
      .updateTable('notifications')
      .set({ read_at: sql<string>`now()` })
      .where('user_id', '=', viewer.userId)
      .where('read_at', 'is', null);
    if (ids === null) {
      await runStatement(this.em, unread);
    } else {
      const valid = ids.filter(isId);
      if (valid.length > 0) {
        await runStatement(this.em, unread.where(sql<SqlBool>`id = any(${`{${valid.join(',')}}`}::uuid[])`));
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

async function* ticksFor(
  viewer: Viewer,
  live: AsyncIterator<BusTopics[typeof NOTIFICATIONS_CHANGED]>,
  closeLive: () => Promise<unknown>,
): AsyncGenerator<true> {
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
