import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Expression, type SqlBool } from 'kysely';
import { DomainArea } from '../../shared/domain-area';
import { db, runQuery } from '../../shared/typed-sql';
import { agencySummary, type AgencySummary } from '../agencies';
import { quarterKey, type Quarter } from './quarter';
import { TaskCategory } from './task-enums';
import { countedAsOf, groupAsOf, groupCounts, tasksAsOf } from './task-groups';
import { rollUp, type TreeNode } from './task-rollup';
import { taskVisible } from './task.queries';
import type { Viewer } from '../../shared/viewer';
import type { AgencyCounts, GroupCounts, QuarterStatistics, QuarterTrendPoint } from './task-statistics.views';

/**
 * The quarterly statistics, computed by the database in one statement each: the tasks are grouped
 * with GROUPING SETS, never loaded one by one.
 */

/** The counted tasks as of a date with their group, for the grouping statements below. */
const groupedTasks = (asOf: string, where: Expression<SqlBool>[]) =>
  where.reduce(
    (query, condition) => query.where(condition),
    tasksAsOf(asOf)
      .select(['t.owner_agency_id', 't.category', 't.domain', 't.period_year', 't.period_quarter', groupAsOf.as('grp')])
      .where(countedAsOf),
  );

/** A grouped row's counts (`groupCounts`). */
interface CountsRow {
  total: number;
  completed_on_time: number;
  completed_late: number;
  not_done_within_deadline: number;
  not_done_overdue: number;
}

const countsOf = (row: CountsRow | undefined): GroupCounts => {
  const c = (name: keyof CountsRow) => (row ? row[name] : 0);
  return {
    total: c('total'),
    completedOnTime: c('completed_on_time'),
    completedLate: c('completed_late'),
    notDoneWithinDeadline: c('not_done_within_deadline'),
    notDoneOverdue: c('not_done_overdue'),
    completed: c('completed_on_time') + c('completed_late'),
  };
};

const byAgencyOf = (rows: (CountsRow & { agency: AgencySummary | null })[]): AgencyCounts[] =>
  rows
    .flatMap((row) => (row.agency ? [{ agency: row.agency, counts: countsOf(row) }] : []))
    .sort((a, b) => a.agency.code.localeCompare(b.agency.code));

/** The agency of a grouped row, when it is grouped by agency. */
const agencyOfGroup = sql<AgencySummary | null>`case when g.owner_agency_id is null then null else ${agencySummary('a')} end`;

/** The agencies of the province with their parents, as JSON (`TreeNode[]`): a handful of rows, read once. */
const agencyTree = sql<
  TreeNode[]
>`(select json_agg(json_build_object('agency', ${agencySummary('x')}, 'parentId', x.parent_id))
  from agencies x)`;

/** SQL: the task's owner is `agencyId` or one of its units (any depth). */
const ownedWithin = (agencyId: string) =>
  sql<SqlBool>`t.owner_agency_id in (with recursive sub(id, depth) as (
    select ${agencyId}::uuid, 0 union all
    select c.id, sub.depth + 1 from agencies c join sub on c.parent_id = sub.id where sub.depth < 16)
  select id from sub)`;

/** The grouping set that holds an agency scope's per-unit counts (see `quarterStatistics`). */
const UNITS_SET = 99;

/**
 * One quarter as of a date, for one agency or (agencyId null) the whole province with a row per
 * agency, and the agencies rolled up into their parents (`byAgencyTree`). In an agency scope the
 * tree covers its units whose tasks `viewer` may read (`taskVisible`: a department's leaders), in
 * the same statement: their per-agency counts are a second grouping joined by UNION ALL.
 */
export async function quarterStatistics(
  em: EntityManager,
  period: Quarter,
  asOf: string,
  agency: AgencySummary | null,
  viewer: Viewer,
): Promise<QuarterStatistics> {
  const inPeriod = [sql<SqlBool>`t.period_year = ${period.year}`, sql<SqlBool>`t.period_quarter = ${period.quarter}`];
  const where = agency ? [...inPeriod, sql<SqlBool>`t.owner_agency_id = ${agency.id}`] : inPeriod;
  // grouping(agency, category, domain): 7 = everything, 5 = by category, 6 = by domain, 3 = by agency
  const grouped = db
    .selectFrom(groupedTasks(asOf, where).as('s'))
    // each grouping set leaves the columns it does not group by null
    .select([
      sql<string | null>`owner_agency_id`.as('owner_agency_id'),
      sql<TaskCategory | null>`category`.as('category'),
      sql<DomainArea | null>`domain`.as('domain'),
      sql<number>`grouping(owner_agency_id, category, domain)`.as('grouping_set'),
      ...groupCounts,
    ])
    .groupBy(sql`grouping sets ((), (category), (domain), (owner_agency_id))`);
  const units = agency
    ? db
        .selectFrom(groupedTasks(asOf, [...inPeriod, ownedWithin(agency.id), taskVisible(viewer)]).as('s'))
        .select([
          sql<string | null>`owner_agency_id`.as('owner_agency_id'),
          sql<TaskCategory | null>`null`.as('category'),
          sql<DomainArea | null>`null`.as('domain'),
          sql<number>`${sql.lit(UNITS_SET)}`.as('grouping_set'),
          ...groupCounts,
        ])
        .groupBy('owner_agency_id')
    : null;
  const rows = await runQuery(
    em,
    db
      .selectFrom((units ? grouped.unionAll(units) : grouped).as('g'))
      .leftJoin('agencies as a', 'a.id', 'g.owner_agency_id')
      .selectAll('g')
      .select(agencyOfGroup.as('agency'))
      .select(sql<TreeNode[] | null>`case when g.grouping_set = 7 then ${agencyTree} end`.as('tree')),
  );
  const set = (n: number) => rows.filter((row) => row.grouping_set === n);
  const categoryRows = new Map(set(5).map((row) => [row.category, row]));
  const domainOrder = Object.values(DomainArea);
  const ownCounts = new Map(set(agency ? UNITS_SET : 3).map((row) => [row.owner_agency_id!, countsOf(row)]));
  return {
    period: { year: period.year, quarter: period.quarter },
    asOf,
    agency,
    counts: countsOf(set(7)[0]),
    byCategory: Object.values(TaskCategory).map((category) => ({
      category,
      counts: countsOf(categoryRows.get(category)),
    })),
    byDomain: set(6)
      .flatMap((row) => (row.domain ? [{ domain: row.domain, counts: countsOf(row) }] : []))
      .sort((a, b) => domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain)),
    byAgency: agency ? [] : byAgencyOf(set(3)),
    byAgencyTree: rollUp(ownCounts, set(7)[0]?.tree ?? [], agency?.id ?? null),
  };
}

/** Consecutive quarters ending at `until`, each judged as of `asOf`; quarters without tasks count zero. */
export async function quarterTrend(
  em: EntityManager,
  quarters: Quarter[],
  asOf: string,
  agency: AgencySummary | null,
): Promise<QuarterTrendPoint[]> {
  const keys = quarters.map(quarterKey);
  const where = [
    sql<SqlBool>`t.period_year * 10 + t.period_quarter between ${Math.min(...keys)} and ${Math.max(...keys)}`,
  ];
  if (agency) where.push(sql<SqlBool>`t.owner_agency_id = ${agency.id}`);
  const grouped = db
    .selectFrom(groupedTasks(asOf, where).as('s'))
    .select([
      'period_year',
      'period_quarter',
      sql<string | null>`owner_agency_id`.as('owner_agency_id'),
      sql<number>`grouping(owner_agency_id)`.as('per_agency'),
      ...groupCounts,
    ])
    .groupBy(sql`grouping sets ((period_year, period_quarter), (period_year, period_quarter, owner_agency_id))`);
  const rows = await runQuery(
    em,
    db
      .selectFrom(grouped.as('g'))
      .leftJoin('agencies as a', 'a.id', 'g.owner_agency_id')
      .selectAll('g')
      .select(agencyOfGroup.as('agency')),
  );
  const keyOf = (row: { period_year: number; period_quarter: number }) => row.period_year * 10 + row.period_quarter;
  return quarters.map((period) => {
    const mine = rows.filter((row) => keyOf(row) === quarterKey(period));
    return {
      period,
      counts: countsOf(mine.find((row) => row.per_agency === 1)),
      byAgency: agency ? [] : byAgencyOf(mine.filter((row) => row.per_agency === 0)),
    };
  });
}

/** Quarters that have tasks the viewer may read, newest first. */
export async function taskQuarters(
  em: EntityManager,
  ownerAgencyId: string | null,
): Promise<{ period: Quarter; taskCount: number; closed: boolean }[]> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('tasks as t')
      .select(['t.period_year', 't.period_quarter', sql<number>`count(*)::int`.as('n')])
      .select(
        sql<boolean>`exists (select 1 from quarter_closures c where c.year = t.period_year and c.quarter = t.period_quarter)`.as(
          'closed',
        ),
      )
      .$if(ownerAgencyId != null, (query) => query.where('t.owner_agency_id', '=', ownerAgencyId!))
      .groupBy(['t.period_year', 't.period_quarter'])
      .orderBy('t.period_year', 'desc')
      .orderBy('t.period_quarter', 'desc'),
  );
  return rows.map((row) => ({
    period: { year: row.period_year, quarter: row.period_quarter },
    taskCount: row.n,
    closed: row.closed,
  }));
}
