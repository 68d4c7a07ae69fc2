import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainArea } from '../../shared/domain-area';
import { runSql } from '../../shared/sql';
import { agencySummaryJson, type AgencySummary } from '../agencies';
import { quarterKey, type Quarter } from './quarter';
import { TaskCategory } from './task-enums';
import { COUNTED_AS_OF, GROUP_AS_OF, GROUP_COUNTS, TASKS_AS_OF } from './task-groups';
import type { AgencyCounts, GroupCounts, QuarterStatistics, QuarterTrendPoint } from './task-statistics.views';

/**
 * The quarterly statistics, computed by the database in one statement each: the tasks are grouped
 * with GROUPING SETS, never loaded one by one.
 */

type Row = Record<string, unknown>;

const GROUPED_TASKS = `select t.owner_agency_id, t.category, t.domain, t.period_year, t.period_quarter, ${GROUP_AS_OF} as grp
  from tasks t ${TASKS_AS_OF}`;

const countsOf = (row: Row | undefined): GroupCounts => {
  const c = (name: string) => (row ? (row[name] as number) : 0);
  return {
    total: c('total'),
    completedOnTime: c('completed_on_time'),
    completedLate: c('completed_late'),
    notDoneWithinDeadline: c('not_done_within_deadline'),
    notDoneOverdue: c('not_done_overdue'),
    completed: c('completed_on_time') + c('completed_late'),
  };
};

const byAgencyOf = (rows: Row[]): AgencyCounts[] =>
  rows
    .map((row) => ({ agency: row.agency as AgencySummary, counts: countsOf(row) }))
    .sort((a, b) => a.agency.code.localeCompare(b.agency.code));

/** One quarter as of a date, for one agency or (agencyId null) the whole province with a row per agency. */
export async function quarterStatistics(em: EntityManager, period: Quarter, asOf: string, agency: AgencySummary | null): Promise<QuarterStatistics> {
  const params: unknown[] = [asOf, period.year, period.quarter];
  const where = ['t.period_year = ?', 't.period_quarter = ?', COUNTED_AS_OF];
  if (agency) {
    where.push('t.owner_agency_id = ?');
    params.push(agency.id);
  }
  // grouping(agency, category, domain): 7 = everything, 5 = by category, 6 = by domain, 3 = by agency
  const rows = await runSql<Row[]>(
    em,
    `select g.*, case when g.owner_agency_id is null then null else ${agencySummaryJson('a')} end as agency
       from (select owner_agency_id, category, domain, grouping(owner_agency_id, category, domain) as grouping_set, ${GROUP_COUNTS}
               from (${GROUPED_TASKS} where ${where.join(' and ')}) s
              group by grouping sets ((), (category), (domain), (owner_agency_id))) g
       left join agencies a on a.id = g.owner_agency_id`,
    params,
  );
  const set = (n: number) => rows.filter((row) => row.grouping_set === n);
  const categoryRows = new Map(set(5).map((row) => [row.category as string, row]));
  const domainOrder = Object.values(DomainArea) as string[];
  return {
    period: { year: period.year, quarter: period.quarter },
    asOf,
    agency,
    counts: countsOf(set(7)[0]),
    byCategory: Object.values(TaskCategory).map((category) => ({ category, counts: countsOf(categoryRows.get(category)) })),
    byDomain: set(6)
      .sort((a, b) => domainOrder.indexOf(a.domain as string) - domainOrder.indexOf(b.domain as string))
      .map((row) => ({ domain: row.domain as DomainArea, counts: countsOf(row) })),
    byAgency: agency ? [] : byAgencyOf(set(3)),
  };
}

/** Consecutive quarters ending at `until`, each judged as of `asOf`; quarters without tasks count zero. */
export async function quarterTrend(em: EntityManager, quarters: Quarter[], asOf: string, agency: AgencySummary | null): Promise<QuarterTrendPoint[]> {
  const keys = quarters.map(quarterKey);
  const params: unknown[] = [asOf, Math.min(...keys), Math.max(...keys)];
  const where = ['t.period_year * 10 + t.period_quarter between ? and ?', COUNTED_AS_OF];
  if (agency) {
    where.push('t.owner_agency_id = ?');
    params.push(agency.id);
  }
  const rows = await runSql<Row[]>(
    em,
    `select g.*, case when g.owner_agency_id is null then null else ${agencySummaryJson('a')} end as agency
       from (select period_year, period_quarter, owner_agency_id, grouping(owner_agency_id) as per_agency, ${GROUP_COUNTS}
               from (${GROUPED_TASKS} where ${where.join(' and ')}) s
              group by grouping sets ((period_year, period_quarter), (period_year, period_quarter, owner_agency_id))) g
       left join agencies a on a.id = g.owner_agency_id`,
    params,
  );
  const keyOf = (row: Row) => (row.period_year as number) * 10 + (row.period_quarter as number);
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
export async function taskQuarters(em: EntityManager, ownerAgencyId: string | null): Promise<{ period: Quarter; taskCount: number; closed: boolean }[]> {
  const rows = await runSql<Row[]>(
    em,
    `select t.period_year, t.period_quarter, count(*)::int as n,
            exists (select 1 from quarter_closures c where c.year = t.period_year and c.quarter = t.period_quarter) as closed
       from tasks t ${ownerAgencyId ? 'where t.owner_agency_id = ?' : ''}
      group by t.period_year, t.period_quarter order by t.period_year desc, t.period_quarter desc`,
    ownerAgencyId ? [ownerAgencyId] : [],
  );
  return rows.map((row) => ({ period: { year: row.period_year as number, quarter: row.period_quarter as number }, taskCount: row.n as number, closed: row.closed as boolean }));
}
