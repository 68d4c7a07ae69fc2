import { defaultPeriod } from '../../kit/period';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useCapabilities, useCurrentUser } from '../auth';
import { DashboardQuartersQuery } from './dashboard.operations';
import {
  exportLink,
  readDashboardParams,
  reportLink,
  writeDashboardParams,
  type DashboardParams,
} from './dashboard-params';
import { PeriodPicker } from './PeriodPicker';
import { QuarterFigures } from './QuarterFigures';
import { useTaskFeedRefresh } from './useTaskFeedRefresh';
import './dashboard.css';

/**
 * "Tổng quan": one quarter in the four official groups, as of a date. An agency sees its own
 * figures; the Committee sees the whole province and opens any agency (`agencyId`). Everything the
 * page shows is in the address, and the figures follow every task change live.
 */
export function DashboardPage() {
  const t = useT();
  useDocumentTitle(t('dashboard.title'));
  const user = useCurrentUser();
  const { readWholeProvince: isCommittee } = useCapabilities();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readDashboardParams(searchParams);
  // An agency only ever sees itself; only the Committee chooses (or leaves out, for the province).
  const agencyId = isCommittee ? params.agencyId : user.agency.id;
  const [quarters, reexecuteQuarters] = useQuery({ query: DashboardQuartersQuery });
  // The figures are read only once the feed knows where it starts, so no change slips between.
  const live = useTaskFeedRefresh();
  const period =
    params.period ?? (quarters.data ? defaultPeriod(quarters.data.taskQuarters, quarters.data.currentQuarter) : null);

  const show = (patch: Partial<DashboardParams>) =>
    setSearchParams(
      writeDashboardParams({ ...params, period, agencyId: isCommittee ? params.agencyId : null, ...patch }),
    );
  const agencyHref = (id: string) => ({
    pathname: '/dashboard',
    search: writeDashboardParams({ ...params, period, agencyId: id }),
  });

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="muted">{t('dashboard.intro')}</p>
        </div>
        {period && (
          <div className="dashboard-actions" role="group" aria-label={t('dashboard.actions')}>
            <a
              className="button button--secondary"
              href={exportLink('quarter-tasks', period, agencyId, params.asOf)}
              download
            >
              {t('dashboard.exportTasks')}
            </a>
            {isCommittee && (
              <a
                className="button button--secondary"
                href={exportLink('quarter-agencies', period, null, params.asOf)}
                download
              >
                {t('dashboard.exportAgencies')}
              </a>
            )}
            <Link className="button button--primary" to={reportLink(period, agencyId, params.asOf)}>
              {t('dashboard.openReport')}
            </Link>
          </div>
        )}
      </div>
      {quarters.data && period && (
        <PeriodPicker
          quarters={quarters.data.taskQuarters}
          current={quarters.data.currentQuarter}
          period={period}
          asOf={params.asOf}
          onChange={show}
        />
      )}
      {isCommittee && params.agencyId && (
        <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
          <Link to={{ pathname: '/dashboard', search: writeDashboardParams({ ...params, period, agencyId: null }) }}>
            ← {t('dashboard.backToProvince')}
          </Link>
        </nav>
      )}
      {period && live.ready ? (
        <QuarterFigures
          period={period}
          agencyId={agencyId}
          asOf={params.asOf}
          refreshCount={live.refreshCount}
          agencyHref={agencyHref}
          onOpenAgency={(id) => show({ agencyId: id })}
        />
      ) : (
        <PendingState
          fetching={!(quarters.error && !quarters.data)}
          error={quarters.error}
          label={t('dashboard.loading')}
          onRetry={() => reexecuteQuarters({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}
