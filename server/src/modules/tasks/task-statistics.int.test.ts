import { startTestApp, type TestApp } from '../../test-support/test-app';
import { codeOf } from '../../test-support/request-helpers';
import { demoViewers } from '../../seeding/demo-viewers';
import type { Viewer } from '../../shared/viewer';
import { QuarterService } from './quarter.service';
import { TaskService } from './task.service';
import type { TaskView } from './task.views';

const COUNTS = 'total completedOnTime completedLate notDoneWithinDeadline notDoneOverdue completed';
const STATS = `query($period: QuarterInput!, $asOf: LocalDate, $agencyId: ID) {
  taskStatistics(period: $period, asOf: $asOf, agencyId: $agencyId) {
    agency { code } counts { ${COUNTS} }
    byCategory { category counts { total completed } } byDomain { domain counts { total notDoneOverdue } }
    byAgency { agency { code } counts { total completedOnTime } } } }`;

type Counts = Record<
  'total' | 'completedOnTime' | 'completedLate' | 'notDoneWithinDeadline' | 'notDoneOverdue' | 'completed',
  number
>;
interface Stats {
  agency: { code: string } | null;
  counts: Counts;
  byCategory: { category: string; counts: { total: number; completed: number } }[];
  byDomain: { domain: string; counts: { total: number; notDoneOverdue: number } }[];
  byAgency: { agency: { code: string }; counts: { total: number; completedOnTime: number } }[];
}
const counts = (
  total: number,
  completedOnTime: number,
  completedLate: number,
  notDoneWithinDeadline: number,
  notDoneOverdue: number,
): Counts => ({
  total,
  completedOnTime,
  completedLate,
  notDoneWithinDeadline,
  notDoneOverdue,
  completed: completedOnTime + completedLate,
});

/**
 * Hand-built Q1/2024 for Sở TN&MT (and one Sở Tài chính task), written through the service with
 * its clock moved day by day, then read as of several dates: every group and every boundary.
 */
describe('quarterly statistics (the four official groups, as of a date)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const Q1 = { year: 2024, quarter: 1 };
  const Q2 = { year: 2024, quarter: 2 };
  const ids: Record<string, string> = {};
  let agencyIdOf: Record<string, string>;
  /** Closes a quarter on a given day, as the Committee's vice-chair. */
  let closeOn: (day: string, period: { year: number; quarter: number }) => Promise<TaskView[]>;

  const stats = async (who: string, asOf: string, agencyId: string | null = null, period = Q1) => {
    const result = await t.gql<{ taskStatistics: Stats }>(STATS, { period, asOf, agencyId }, tokens[who]);
    if (result.errors)
      throw Object.assign(new Error(result.errors[0].message), { code: result.errors[0].extensions?.code });
    return result.data!.taskStatistics;
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['ubnd.staff', 'stnmt.staff', 'stc.lead']) tokens[u] = await t.login(u);
    const em = t.app.orm.em.fork();
    const { viewer } = await demoViewers(em);
    const clock = { today: '2024-01-02' };
    const service = new TaskService(em, t.app.bus, () => new Date(`${clock.today}T08:00:00+07:00`));
    const quarters = new QuarterService(em, t.app.bus, () => new Date(`${clock.today}T08:00:00+07:00`));
    const on = (day: string) => (clock.today = day);
    const agencies = await em.getConnection().execute<{ id: string; code: string }[]>('select id, code from agencies');
    agencyIdOf = Object.fromEntries(agencies.map((a) => [a.code, a.id]));
    const chair = viewer('ubnd.lead');
    const version = async (id: string) => ({ id, version: (await service.get(chair, id)).version });
    const assign = async (
      name: string,
      owner: string,
      dueDate: string,
      extra: { domain?: string; category?: string } = {},
    ) => {
      const task: TaskView = await service.assign(chair, {
        title: `Nhiệm vụ kiểm thử ${name}`,
        description: '',
        category: (extra.category ?? 'KEY') as never,
        domain: (extra.domain ?? 'ENVIRONMENT') as never,
        period: Q1,
        ownerAgencyId: agencyIdOf[owner],
        dueDate,
        linkedRequestIds: [],
      });
      ids[name] = task.id;
    };
    const complete = async (name: string, who: Viewer) =>
      service.complete(who, { ...(await version(ids[name])), note: 'Xong.' });
    const stnmt = viewer('stnmt.lead');

    await assign('onDueDay', 'STNMT', '2024-02-15');
    await assign('dayLate', 'STNMT', '2024-02-15');
    await assign('openUntilEnd', 'STNMT', '2024-03-31', { domain: 'LAND' });
    await assign('overdue', 'STNMT', '2024-02-10', { domain: 'LAND' });
    await assign('cancelled', 'STNMT', '2024-03-31');
    await assign('reopened', 'STNMT', '2024-02-28');
    await assign('carried', 'STNMT', '2024-06-30', { domain: 'LAND', category: 'BREAKTHROUGH' });
    await assign('finance', 'STC', '2024-03-15', { domain: 'FINANCE' });
    on('2024-02-05');
    await complete('reopened', stnmt);
    on('2024-02-15');
    await complete('onDueDay', stnmt);
    on('2024-02-16');
    await complete('dayLate', stnmt);
    on('2024-02-20');
    await service.cancel(chair, { ...(await version(ids.cancelled)), reason: 'Không còn phù hợp.' });
    on('2024-03-05');
    await assign('lateAssigned', 'STNMT', '2024-03-25');
    on('2024-03-10');
    await service.reopen(chair, { ...(await version(ids.reopened)), reason: 'Báo cáo chưa đạt yêu cầu.' });
    on('2024-03-12');
    await complete('finance', viewer('stc.lead'));
    on('2024-03-15');
    await complete('reopened', stnmt);
    on('2024-03-20');
    await complete('lateAssigned', stnmt);
    on('2024-03-31');
    await quarters.closeQuarter(chair, { period: Q1 });
    closeOn = (day, period) => {
      on(day);
      return quarters.closeQuarter(chair, { period });
    };
  });
  afterAll(() => t.stop());

  it('judges every group after the quarter: on the due day is on time, a day after is late, carried-over tasks stay late', async () => {
    const s = await stats('stnmt.staff', '2024-04-01');
    expect(s.agency).toEqual({ code: 'STNMT' });
    // on time: onDueDay, lateAssigned; late: dayLate, reopened; overdue: openUntilEnd, overdue, carried; cancelled is not counted
    expect(s.counts).toEqual(counts(7, 2, 2, 0, 3));
    expect(s.byCategory).toEqual([
      { category: 'BREAKTHROUGH', counts: { total: 1, completed: 0 } },
      { category: 'KEY', counts: { total: 6, completed: 4 } },
      { category: 'ROUTINE', counts: { total: 0, completed: 0 } },
    ]);
    expect(s.byDomain).toEqual([
      { domain: 'LAND', counts: { total: 3, notDoneOverdue: 3 } },
      { domain: 'ENVIRONMENT', counts: { total: 4, notDoneOverdue: 0 } },
    ]);
    expect(s.byAgency).toEqual([]); // agency scope
  });

  it('gives the answer that was true on an earlier day (before reopening, before a late assignment, before the close)', async () => {
    // 1 March: reopened was still done on time; openUntilEnd and carried within deadline; lateAssigned not yet given
    expect((await stats('stnmt.staff', '2024-03-01')).counts).toEqual(counts(6, 2, 1, 2, 1));
    // 10 March, the day it was reopened: no longer done and past its due date (28/2); lateAssigned now counts, within its deadline
    expect((await stats('stnmt.staff', '2024-03-10')).counts).toEqual(counts(7, 1, 1, 3, 2));
    // 19 February: the cancelled task still counts (cancelled the next day)
    expect((await stats('stnmt.staff', '2024-02-19')).counts.total).toBe(7);
    // 30 March: the breakthrough task (due 30/6) and openUntilEnd (due 31/3) are within their deadlines...
    expect((await stats('stnmt.staff', '2024-03-30')).counts).toEqual(counts(7, 2, 2, 2, 1));
    // ...on 31 March the quarter closed with them unfinished: carried over, they count as late from that day
    expect((await stats('stnmt.staff', '2024-03-31')).counts).toEqual(counts(7, 2, 2, 0, 3));
  });

  it('counts a carried-over task again, open, in the next quarter', async () => {
    const q2 = await stats('stnmt.staff', '2024-04-01', null, Q2);
    expect(q2.counts).toEqual(counts(3, 0, 0, 3, 0)); // openUntilEnd, overdue and carried continue, due 30/6
  });

  it('gives the Committee the province with every agency side by side', async () => {
    const s = await stats('ubnd.staff', '2024-04-01');
    expect(s.agency).toBeNull();
    expect(s.counts).toEqual(counts(8, 3, 2, 0, 3));
    expect(s.byAgency).toEqual([
      { agency: { code: 'STC' }, counts: { total: 1, completedOnTime: 1 } },
      { agency: { code: 'STNMT' }, counts: { total: 7, completedOnTime: 2 } },
    ]);
    expect((await stats('ubnd.staff', '2024-04-01', agencyIdOf.STC)).counts).toEqual(counts(1, 1, 0, 0, 0));
  });

  it('shows an agency only its own statistics', async () => {
    expect((await stats('stc.lead', '2024-04-01')).counts.total).toBe(1);
    expect(await codeOf(stats('stc.lead', '2024-04-01', agencyIdOf.STNMT))).toBe('NOT_FOUND');
  });

  it('lists the late tasks by group as of a date, and trends over quarters', async () => {
    const late = await t.gql<{ tasks: { edges: { node: { id: string; group: string } }[] } }>(
      `query($f: TaskFilter) { tasks(filter: $f, first: 50) { edges { node { id group } } } }`,
      { f: { period: Q1, groups: ['NOT_DONE_OVERDUE'], asOf: '2024-04-01' } },
      tokens['stnmt.staff'],
    );
    expect(late.data!.tasks.edges.map((e) => e.node.id)).toEqual([ids.overdue, ids.openUntilEnd, ids.carried]);
    expect(new Set(late.data!.tasks.edges.map((e) => e.node.group))).toEqual(new Set(['NOT_DONE_OVERDUE']));

    const trend = await t.gql<{ taskTrend: { period: { quarter: number }; counts: { total: number } }[] }>(
      `{ taskTrend(until: { year: 2024, quarter: 2 }, quarters: 3, asOf: "2024-04-01") { period { quarter } counts { total } } }`,
      {},
      tokens['ubnd.staff'],
    );
    expect(trend.data!.taskTrend).toEqual([
      { period: { quarter: 4 }, counts: { total: 0 } },
      { period: { quarter: 1 }, counts: { total: 8 } },
      { period: { quarter: 2 }, counts: { total: 3 } },
    ]);
  });

  it('closes a quarter late with the carried tasks due inside the quarter they move to', async () => {
    // Q2 closed only on 5 October: the tasks belong to Q3, so they are due on its last day (and late there too)
    const carried = await closeOn('2024-10-05', Q2);
    expect(carried.map((task) => [task.period, task.dueDate])).toEqual(
      Array(3).fill([{ year: 2024, quarter: 3 }, '2024-09-30']),
    );
  });

  it('refuses statistics "as of" a day still to come', async () => {
    const tomorrow = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
    const result = await t.gql(STATS, { period: Q1, asOf: tomorrow, agencyId: null }, tokens['ubnd.staff']);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'asOf' })],
    });
  });
});
