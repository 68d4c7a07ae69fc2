import { periodInput, type Period, quarterName } from '../../kit/period';
import { useState } from 'react';
import type { To } from 'react-router';
import { useQuery } from 'urql';
import { formatClockTime, formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import { AgencyTable } from './AgencyTable';
import { CountsTable } from './CountsTable';
import {
  DashboardStatisticsQuery,
  DashboardTrendQuery,
  type DashboardStatistics,
  type TrendPoint,
} from './dashboard.operations';
import { taskListLink } from './dashboard-params';
import { DomainChart } from './DomainChart';
import { GroupNumbers } from './GroupNumbers';
import { LateTasks } from './LateTasks';
import { summarySentence } from './summary';
import { TrendChart } from './TrendChart';
import { useRefetchOn } from './useTaskFeedRefresh';

export const TREND_QUARTERS = 4;

interface QuarterFiguresProps {
  period: Period;
  /** null: the whole province */
  agencyId: string | null;
  asOf: string | null;
  refreshCount: number;
  agencyHref: (agencyId: string) => To;
  onOpenAgency: (agencyId: string) => void;
}

/** One scope's quarter: the four groups, the sentence, and the province's or the agency's details. */
export function QuarterFigures({
  period,
  agencyId,
  asOf,
  refreshCount,
  agencyHref,
  onOpenAgency,
}: QuarterFiguresProps) {
  const t = useT();
  const [statistics, reexecute] = useQuery({
    query: DashboardStatisticsQuery,
    variables: { period: periodInput(period), asOf, agencyId },
    requestPolicy: 'cache-and-network',
  });
  const [trend, reexecuteTrend] = useQuery({
    query: DashboardTrendQuery,
    variables: { until: periodInput(period), quarters: TREND_QUARTERS, asOf, agencyId },
    requestPolicy: 'cache-and-network',
  });
  useRefetchOn(refreshCount, reexecute);
  useRefetchOn(refreshCount, reexecuteTrend);
  const stats = statistics.data?.taskStatistics;
  const updatedAt = useArrivalTime(stats);

  if (!stats) {
    return (
      <PendingState
        fetching={statistics.fetching}
        error={statistics.error}
        label={t('dashboard.loading')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  const scope = stats.agency?.shortName ?? t('dashboard.province');
  const points = trend.data?.taskTrend ?? [];

  return (
    <div className="dashboard">
      <div className="dashboard__scope">
        <h2 className="dashboard__scope-title">
          {t('dashboard.scopeTitle', {
            scope: stats.agency?.name ?? t('dashboard.province'),
            quarter: quarterName(t, stats.period),
          })}
        </h2>
        <p className="muted">
          {t('dashboard.asOf')} {formatLocalDate(stats.asOf)}
        </p>
        <p className="live-note dashboard__updated" role="status">
          {updatedAt && t('dashboard.updatedAt', { time: formatClockTime(updatedAt) })}
        </p>
      </div>
      {statistics.error && (
        <p className="alert" role="alert">
          {t('dashboard.refreshFailed')}
        </p>
      )}
      <GroupNumbers counts={stats.counts} linkFor={(group) => taskListLink(period, agencyId, group, asOf)} />
      <p className="dashboard__summary">{summarySentence(t, { scope, ...stats })}</p>
      {agencyId === null ? (
        <ProvinceDetails stats={stats} points={points} agencyHref={agencyHref} onOpenAgency={onOpenAgency} />
      ) : (
        <AgencyDetails
          agencyHref={agencyHref}
          onOpenAgency={onOpenAgency}
          stats={stats}
          points={points}
          period={period}
          agencyId={agencyId}
          asOf={asOf}
          refreshCount={refreshCount}
        />
      )}
    </div>
  );
}

interface DetailsProps {
  stats: DashboardStatistics;
  points: readonly TrendPoint[];
}

function ProvinceDetails({
  stats,
  points,
  agencyHref,
  onOpenAgency,
}: DetailsProps & Pick<QuarterFiguresProps, 'agencyHref' | 'onOpenAgency'>) {
  const trendOf = (id: string) =>
    points.map((point) => point.byAgency.find((row) => row.agency.id === id)?.counts ?? null);
  return (
    <>
      <AgencyTable rows={stats.byAgencyTree} trendOf={trendOf} agencyLink={agencyHref} onOpen={onOpenAgency} />
      <div className="dashboard__grid">
        {points.length > 0 && <TrendChart points={points} />}
        <DomainChart byDomain={stats.byDomain} />
      </div>
      <CategoryCounts stats={stats} />
    </>
  );
}

function AgencyDetails({
  stats,
  points,
  agencyHref,
  onOpenAgency,
  ...late
}: DetailsProps &
  Pick<QuarterFiguresProps, 'agencyHref' | 'onOpenAgency'> & {
    period: Period;
    agencyId: string;
    asOf: string | null;
    refreshCount: number;
  }) {
  // a department's leaders: the agency with its units rolled in, to drill down into each unit
  const withUnits = stats.byAgencyTree.some((row) => row.parentId !== null);
  return (
    <>
      {withUnits && (
        <AgencyTable
          rows={stats.byAgencyTree}
          agencyLink={agencyHref}
          onOpen={onOpenAgency}
          title="dashboard.unitsOf"
        />
      )}
      <div className="dashboard__grid">
        <DomainChart byDomain={stats.byDomain} />
        <CategoryCounts stats={stats} />
      </div>
      <LateTasks {...late} />
      {points.length > 0 && <TrendChart points={points} />}
    </>
  );
}

function CategoryCounts({ stats }: { stats: DashboardStatistics }) {
  const t = useT();
  return (
    <section className="dashboard-panel" aria-labelledby="category-counts-title">
      <h2 id="category-counts-title">{t('dashboard.byCategory')}</h2>
      <div className="table-wrap">
        <CountsTable
          rowHeading={t('dashboard.category')}
          rows={stats.byCategory.map(({ category, counts }) => ({
            key: category,
            label: t(`dashboard.category.${category}`),
            counts,
          }))}
          totals={stats.counts}
          className="table counts-table"
        />
      </div>
    </section>
  );
}

/** When `data` last arrived from the server (each answer is a new object), for "Cập nhật lúc …". */
function useArrivalTime(data: unknown): Date | null {
  const [seen, setSeen] = useState<{ data: unknown; at: Date | null }>({ data: undefined, at: null });
  if (data && data !== seen.data) {
    const next = { data, at: new Date() };
    setSeen(next);
    return next.at;
  }
  return seen.at;
}
