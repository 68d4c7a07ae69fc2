import { periodInput, defaultPeriod, type Period, quarterName, romanQuarter } from '../../kit/period';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatLocalDate } from '../../kit/format';
import { useLocale, useT } from '../../kit/i18n';
import { useCellLabels } from '../../kit/ui/DataTable';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import type { TaskGroup } from '../../gql/graphql';
import { useCapabilities, useCurrentUser } from '../auth';
import { CountsTable } from './CountsTable';
import {
  DashboardQuartersQuery,
  DashboardStatisticsQuery,
  type DashboardStatistics,
  type TaskRow,
} from './dashboard.operations';
import { readDashboardParams, writeDashboardParams } from './dashboard-params';
import { summarySentence } from './summary';
import { useAllTasks, type AllTasks } from './useAllTasks';
import './dashboard.css';

const UNFINISHED: TaskGroup[] = ['NOT_DONE_WITHIN_DEADLINE', 'NOT_DONE_OVERDUE'];

/**
 * The quarterly report as it is printed: an A4 document in the administrative layout, for one
 * agency or (the Committee, no agencyId) the whole province. Same address parameters as the dashboard.
 */
export function ReportPage() {
  const t = useT();
  const user = useCurrentUser();
  const { readWholeProvince: isCommittee } = useCapabilities();
  const [searchParams] = useSearchParams();
  const params = readDashboardParams(searchParams);
  const agencyId = isCommittee ? params.agencyId : user.agency.id;
  const [quarters] = useQuery({ query: DashboardQuartersQuery, pause: params.period !== null });
  const period =
    params.period ?? (quarters.data ? defaultPeriod(quarters.data.taskQuarters, quarters.data.currentQuarter) : null);
  useDocumentTitle(period ? t('report.pageTitle', { quarter: quarterName(t, period) }) : t('dashboard.title'));

  return (
    <>
      <nav className="breadcrumb no-print" aria-label={t('layout.breadcrumb')}>
        <Link
          to={{
            pathname: '/dashboard',
            search: writeDashboardParams({ ...params, period, agencyId: isCommittee ? params.agencyId : null }),
          }}
        >
          ← {t('report.back')}
        </Link>
      </nav>
      {period ? (
        <QuarterReport period={period} agencyId={agencyId} asOf={params.asOf} />
      ) : (
        <PendingState fetching={!quarters.error} error={quarters.error} label={t('report.loading')} />
      )}
    </>
  );
}

function QuarterReport({ period, agencyId, asOf }: { period: Period; agencyId: string | null; asOf: string | null }) {
  const t = useT();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: DashboardStatisticsQuery,
    variables: { period: periodInput(period), asOf, agencyId },
    requestPolicy: 'network-only',
  });
  const unfinished = useAllTasks({ period: periodInput(period), ownerAgencyId: agencyId, groups: UNFINISHED, asOf });
  const stats = data?.taskStatistics;

  if (!stats || !unfinished) {
    return (
      <PendingState
        fetching={fetching || Boolean(stats && !unfinished)}
        error={error}
        label={t('report.loading')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  return (
    <>
      <div className="decision-toolbar no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <a className="button button--secondary" href={reportFileLink('pdf', period, agencyId, asOf)} download>
          {t('report.downloadPdf')}
        </a>
        <a className="button button--secondary" href={reportFileLink('docx', period, agencyId, asOf)} download>
          {t('report.downloadDocx')}
        </a>
      </div>
      <ReportDocument stats={stats} unfinished={unfinished} />
    </>
  );
}

/** The server's rendering of this report (same origin: the session cookie authenticates the plain link). */
function reportFileLink(format: 'pdf' | 'docx', period: Period, agencyId: string | null, asOf: string | null): string {
  const query = new URLSearchParams();
  if (agencyId) query.set('agency', agencyId);
  if (asOf) query.set('asOf', asOf);
  const text = query.toString();
  return `/documents/reports/${period.year}/${period.quarter}.${format}${text ? `?${text}` : ''}`;
}

function ReportDocument({ stats, unfinished }: { stats: DashboardStatistics; unfinished: AllTasks }) {
  const t = useT();
  const { locale } = useLocale();
  const { agency, period, counts } = stats;
  const [year, month, day] = stats.asOf.split('-');
  return (
    <article
      className="official-doc report-doc"
      lang={locale}
      aria-label={t('report.docLabel', { quarter: quarterName(t, period) })}
    >
      <header className="official-doc__head">
        <div className="official-doc__issuer">
          <p className={agency ? undefined : 'official-doc__strong'}>{t('report.issuer')}</p>
          {agency && <p className="official-doc__strong">{agency.name.toLocaleUpperCase('vi')}</p>}
          <p className="official-doc__rule" aria-hidden="true" />
        </div>
        <div className="official-doc__nation">
          <p className="official-doc__strong">{t('report.nation')}</p>
          <p className="official-doc__strong">{t('report.motto')}</p>
          <p className="official-doc__rule" aria-hidden="true" />
          <p className="official-doc__date">{t('report.dateLine', { day, month, year })}</p>
        </div>
      </header>
      <h1 className="official-doc__title">
        {t('report.title', { roman: romanQuarter(period.quarter), year: period.year })}
      </h1>
      <p className="official-doc__subject">
        {agency ? t('report.of', { agency: agency.name }) : t('report.ofProvince')}
      </p>
      <p className="report-doc__as-of">{t('report.asOf', { date: formatLocalDate(stats.asOf) })}</p>

      <h2>{t('report.section.overall')}</h2>
      <p>{summarySentence(t, { scope: agency?.shortName ?? t('dashboard.province'), ...stats })}.</p>
      <p>{t('report.totals', { ...counts })}</p>

      <h2>{t('report.section.byCategory')}</h2>
      <CountsTable
        numbered
        className="report-doc__table"
        rowHeading={t('dashboard.category')}
        rows={stats.byCategory.map(({ category, counts: c }) => ({
          key: category,
          label: t(`dashboard.category.${category}`),
          counts: c,
        }))}
        totals={counts}
      />

      <h2>{t('report.section.byDomain')}</h2>
      <CountsTable
        numbered
        className="report-doc__table"
        rowHeading={t('dashboard.domain')}
        rows={stats.byDomain.map(({ domain, counts: c }) => ({ key: domain, label: t(`domain.${domain}`), counts: c }))}
        totals={counts}
      />

      {!agency && (
        <>
          <h2>{t('report.section.byAgency')}</h2>
          <CountsTable
            numbered
            className="report-doc__table"
            rowHeading={t('dashboard.col.agency')}
            rows={stats.byAgency.map(({ agency: a, counts: c }) => ({ key: a.id, label: a.name, counts: c }))}
            totals={counts}
          />
        </>
      )}

      <h2>{t('report.section.unfinished', { number: agency ? 'IV' : 'V' })}</h2>
      <UnfinishedTable rows={unfinished.rows} showAgency={!agency} />
      {unfinished.truncated && (
        <p>
          {t('report.incomplete', {
            shown: unfinished.rows.length,
            total: counts.notDoneWithinDeadline + counts.notDoneOverdue,
          })}
        </p>
      )}
    </article>
  );
}

function UnfinishedTable({ rows, showAgency }: { rows: readonly TaskRow[]; showAgency: boolean }) {
  const t = useT();
  const table = useRef<HTMLTableElement>(null);
  useCellLabels(table); // the rows read as cards on a phone
  if (rows.length === 0) return <p>{t('report.noUnfinished')}</p>;
  return (
    <table ref={table} className="report-doc__table">
      <thead>
        <tr>
          <th scope="col">{t('report.col.index')}</th>
          <th scope="col">{t('dashboard.col.code')}</th>
          <th scope="col">{t('dashboard.col.task')}</th>
          {showAgency && <th scope="col">{t('dashboard.col.agency')}</th>}
          <th scope="col">{t('dashboard.domain')}</th>
          <th scope="col">{t('dashboard.category')}</th>
          <th scope="col">{t('dashboard.col.dueDate')}</th>
          <th scope="col">{t('dashboard.col.group')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((task, index) => (
          <tr key={task.id}>
            <td>{index + 1}</td>
            <td className="report-doc__nowrap">{task.code}</td>
            <td>{task.title}</td>
            {showAgency && <td>{task.ownerAgency.shortName}</td>}
            <td>{t(`domain.${task.domain}`)}</td>
            <td>{t(`dashboard.category.${task.category}`)}</td>
            <td className="report-doc__nowrap">{formatLocalDate(task.dueDate)}</td>
            <td>{task.group ? t(`taskGroup.${task.group}`) : t('dashboard.notCompleted')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
