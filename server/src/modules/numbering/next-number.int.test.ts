import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';
import { nextNumber } from './next-number';

describe('numbering: gapless numbers for numbered documents, lock-free codes for records', () => {
  let t: TestApp;
  let db: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
  });

  /** A transaction left open until the test ends it. */
  async function open(): Promise<EntityManager> {
    const em = t.app.orm.em.fork();
    await em.begin();
    return em;
  }
  const drawOnce = (scope: string, year: number) =>
    t.app.orm.em.fork().transactional((tx) => nextNumber(tx, scope, year));

  it('draws a record code while another writer holding the previous one has not committed', async () => {
    const first = await drawOnce('REQUEST', 2031); // the year's sequence exists from here on
    const holder = await open();
    const held = await nextNumber(holder, 'REQUEST', 2031);
    // a second writer is not queued behind the first: this resolves while `holder` is still open
    const other = await open();
    const drawn = await nextNumber(other, 'REQUEST', 2031);
    await other.commit();
    await holder.rollback();
    expect([first, held, drawn]).toEqual([first, first + 1, first + 2]);
    // not gapless: the rolled-back number is not handed out again
    expect(await drawOnce('REQUEST', 2031)).toBe(first + 3);
  });

  it('keeps decision numbers gapless: a rolled-back number is given again, a concurrent writer waits', async () => {
    const scope = 'DECISION:TEST';
    expect(await drawOnce(scope, 2031)).toBe(1);
    const holder = await open();
    expect(await nextNumber(holder, scope, 2031)).toBe(2);
    const other = await open();
    const waiting = nextNumber(other, scope, 2031);
    // the second writer waits on the counter row's lock (a condition, not a sleep)
    await waitFor(async () => {
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query ilike '%reference_counters%'`,
      );
      return rows[0].n === 1 ? true : undefined;
    }, 'the second writer to wait on the counter row');
    await holder.rollback();
    expect(await waiting).toBe(2);
    await other.commit();
    expect(await drawOnce(scope, 2031)).toBe(3);
  });

  it('starts a year’s codes after the counter row, and moves past it when it was moved ahead (a reseed)', async () => {
    await db.query(`insert into reference_counters (scope, year, last) values ('TASK', 2032, 41)`);
    expect(await drawOnce('TASK', 2032)).toBe(42);
    expect(await drawOnce('TASK', 2032)).toBe(43);
    await db.query(`update reference_counters set last = 100 where scope = 'TASK' and year = 2032`);
    expect(await drawOnce('TASK', 2032)).toBe(101);
    expect(await drawOnce('TASK', 2032)).toBe(102);
  });

  it('gives unique codes to many concurrent writers, the first of the year included', async () => {
    const numbers = await Promise.all(Array.from({ length: 8 }, () => drawOnce('PROPOSAL', 2033)));
    expect(new Set(numbers).size).toBe(8);
    expect(Math.min(...numbers)).toBe(1);
  });
});
