import type { Period } from '../../kit/period';
import type { TaskGroup } from '../../gql/graphql';

/** What the dashboard shows; kept in the address so links and reloads show the same figures. */
export interface DashboardParams {
  /** null: not chosen, the dashboard picks the newest quarter with tasks */
  period: Period | null;
  /** null: today (the server's default) */
  asOf: string | null;
  /** null: the viewer's own agency, or the whole province for the Committee */
  agencyId: string | null;
}

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function readInt(query: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = query.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** Anything malformed is ignored rather than sent to the server. */
export function readDashboardParams(query: URLSearchParams): DashboardParams {
  const year = readInt(query, 'year', 2000, 2100);
  const quarter = readInt(query, 'quarter', 1, 4);
  const asOf = query.get('asOf');
  const agencyId = query.get('agencyId')?.trim();
  return {
    period: year !== null && quarter !== null ? { year, quarter } : null,
    asOf: asOf && LOCAL_DATE.test(asOf) ? asOf : null,
    agencyId: agencyId || null,
  };
}

/** The query string for `params`, leaving out what is not set. */
export function writeDashboardParams(params: DashboardParams, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  if (params.period) {
    query.set('year', String(params.period.year));
    query.set('quarter', String(params.period.quarter));
  }
  if (params.agencyId) query.set('agencyId', params.agencyId);
  if (params.asOf) query.set('asOf', params.asOf);
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The task list filtered to one group of the quarter, as on the dashboard. */
export function taskListLink(period: Period, agencyId: string | null, group: TaskGroup, asOf: string | null): string {
  return `/tasks${writeDashboardParams({ period, agencyId, asOf }, { group })}`;
}

export type ExportKind = 'quarter-tasks' | 'quarter-agencies';

/** The server's CSV endpoints (same origin, the session cookie authenticates). */
export function exportLink(kind: ExportKind, period: Period, agencyId: string | null, asOf: string | null): string {
  return `/exports/${kind}.csv${writeDashboardParams({ period, agencyId: kind === 'quarter-tasks' ? agencyId : null, asOf })}`;
}

export function reportLink(period: Period, agencyId: string | null, asOf: string | null): string {
  return `/dashboard/report${writeDashboardParams({ period, agencyId, asOf })}`;
}
