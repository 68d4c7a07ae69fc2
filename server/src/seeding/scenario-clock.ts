import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedMoment } from '@lien-thong/seeds';
import type { Clock } from '../shared/clock';
import { runSql } from '../shared/sql';

const DAY_MS = 86_400_000;

/**
 * The demo story's one clock. Every service the seeder drives reads it, so codes, numbers, budget
 * years, due-date checks and the rows the services date come out as they would have on that day:
 * the article's history in 2023, current work relative to the day the data is loaded.
 */
export class ScenarioClock {
  private moment: Date;
  readonly now: Clock = () => this.moment;

  constructor(private readonly loadedAt = new Date()) {
    this.moment = loadedAt;
  }

  /** A moment of the story: a history day at 08:00 in the province, or so many days before loading. */
  momentOf(when: SeedMoment): Date {
    return 'on' in when
      ? new Date(`${when.on}T08:00:00+07:00`)
      : new Date(this.loadedAt.getTime() - when.daysAgo * DAY_MS);
  }

  /**
   * Runs one step of the story at `moment`. What the database stamps itself (the event log, with
   * now()) is dated to the step afterwards, a second apart in order. Notifications are stamped
   * with the seeding transaction's now() until a step claims them.
   */
  async at<T>(em: EntityManager, moment: Date, run: () => Promise<T>): Promise<T> {
    this.moment = moment;
    const [{ last }] = await runSql<{ last: string }[]>(em, 'select coalesce(max(id), 0) as last from events');
    const result = await run();
    await runSql(
      em,
      `update events e set created_at = ?::timestamptz + s.n * interval '1 second'
         from (select id, row_number() over (order by id) as n from events where id > ?) s where e.id = s.id`,
      [moment, last],
    );
    await runSql(em, 'update notifications set created_at = ? where created_at = now()', [moment]);
    return result;
  }
}
