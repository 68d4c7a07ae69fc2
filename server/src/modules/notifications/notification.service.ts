import type { EntityManager } from '@mikro-orm/postgresql';
import type { BusTopics, EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { decodeTimeCursor, pageSize, timeCursor, toPage, type Page } from '../../shared/pagination';
import { runSql } from '../../shared/sql';
import { stoppable } from '../../shared/stoppable';
import type { Viewer } from '../../shared/viewer';
import { NOTIFICATIONS_CHANGED } from './notify';
import type { NotificationView } from './notification.resolver';

type Row = Record<string, unknown>;

const toView = (r: Row): NotificationView => ({
  id: r.id as string,
  kind: r.kind as string,
  message: r.message as string,
  count: r.count as number,
  subjectType: r.subject_type as string,
  subjectId: r.subject_id as string,
  createdAt: new Date(r.created_at as string),
  read: r.read_at !== null,
});

/** A user's own notifications: nobody reads or marks anyone else's. */
export class NotificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
  ) {}

  async list(viewer: Viewer, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Page<NotificationView>> {
    const limit = pageSize(first);
    const where = ['user_id = ?'];
    const params: unknown[] = [viewer.userId];
    if (unreadOnly) where.push('read_at is null');
    if (after) {
      const [at, id] = decodeTimeCursor(after);
      where.push('(created_at, id) < (?::timestamptz, ?::uuid)');
      params.push(at, id);
    }
    const rows = await runSql<Row[]>(
      this.em,
      `select id, kind, message, count, subject_type, subject_id, created_at, read_at from notifications
        where ${where.join(' and ')} order by created_at desc, id desc limit ?`,
      [...params, limit + 1],
    );
    return toPage(rows.map(toView), limit, (n) => timeCursor(n.createdAt, n.id));
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await runSql<{ n: number }[]>(this.em, 'select count(*)::int as n from notifications where user_id = ? and read_at is null', [viewer.userId]);
    return row.n;
  }

  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    if (ids === null) {
      await runSql(this.em, 'update notifications set read_at = now() where user_id = ? and read_at is null', [viewer.userId]);
    } else {
      const valid = ids.filter(isId);
      if (valid.length > 0) {
        await runSql(this.em, 'update notifications set read_at = now() where user_id = ? and read_at is null and id = any(?::uuid[])', [viewer.userId, `{${valid.join(',')}}`]);
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
