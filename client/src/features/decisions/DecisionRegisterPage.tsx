import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime, formatVnd, provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { DebouncedSearchField } from '../../kit/ui/DebouncedSearchField';
import { LoadMoreButton } from '../../kit/ui/LoadMoreButton';
import { SelectField } from '../../kit/ui/SelectField';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useFeed } from '../../kit/useEventStream';
import { keysetList } from '../../kit/useKeysetList';
import { usePagedQuery } from '../../kit/usePagedQuery';
import { OutcomeBadge, PROPOSAL_FEED } from '../proposals';
import { DecisionRegisterQuery } from './decisions.operations';

const DECISION_REGISTER = keysetList(DecisionRegisterQuery, (data) => data.decisions, 50);
/** How many years back the year filter offers; numbering restarts every year. */
const YEARS_OFFERED = 10;

function readYear(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** The register of issued decisions, newest first, page after page; every signed-in user may read it. */
export function DecisionRegisterPage() {
  const t = useT();
  useDocumentTitle(t('decisions.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = readYear(searchParams.get('year'));
  const search = searchParams.get('q')?.trim() ?? '';
  const show = (next: { year: number | null; search: string }) =>
    setSearchParams({ ...(next.year ? { year: String(next.year) } : {}), ...(next.search ? { q: next.search } : {}) });
  const thisYear = Number(provinceToday().slice(0, 4));
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('decisions.title')}</h1>
          <p className="muted">{t('decisions.intro')}</p>
        </div>
        <Link to="/verify" className="button button--secondary">
          {t('verify.link')}
        </Link>
      </div>
      <SelectField
        id="decisions-year"
        label={t('decisions.year')}
        value={year ?? ''}
        onChange={(event) => show({ year: readYear(event.currentTarget.value), search })}
      >
        <option value="">{t('decisions.allYears')}</option>
        {years.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </SelectField>
      <DebouncedSearchField
        id="decisions-search"
        label={t('decisions.search')}
        placeholder={t('decisions.searchPlaceholder')}
        value={search}
        onSearch={(text) => show({ year, search: text })}
      />
      {/* A new year or search starts a new list: pages loaded for another one are dropped. */}
      <Register key={`${year ?? 'all'}|${search}`} year={year} search={search} />
    </>
  );
}

function Register({ year, search }: { year: number | null; search: string }) {
  const t = useT();
  // Decisions are issued by deciding a proposal: its feed says when one arrives.
  const restartList = useRef(() => {});
  const feedReady = useFeed(PROPOSAL_FEED, (arrival) => {
    if (arrival.event.type === 'DECIDED') restartList.current();
  });
  const { loaded, fetching, error, retry, restart, rows, hasNextPage, loadMore, loadingMore, moreError } =
    usePagedQuery(DECISION_REGISTER, { year, search: search || null }, { pause: !feedReady });
  useEffect(() => {
    restartList.current = restart;
  }, [restart]);

  return (
    <>
      {!loaded ? (
        <PendingState fetching={fetching} error={error} label={t('decisions.loading')} onRetry={retry} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('decisions.empty')} />
      ) : (
        <>
          {moreError && (
            <p className="alert" role="alert">
              {t(`error.${moreError}`)}
            </p>
          )}
          <DataTable
            columns={[
              t('decisions.col.number'),
              t('decisions.col.date'),
              t('decisions.col.title'),
              t('decisions.col.outcome'),
              t('decisions.col.granted'),
            ]}
          >
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link to={`/decisions/${row.id}`}>{row.numberText}</Link>
                </td>
                <td>{formatDateTime(row.signedAt)}</td>
                <td>{row.title}</td>
                <td>
                  <OutcomeBadge outcome={row.outcome} />
                </td>
                <td className="money">{formatVnd(row.totalGranted)}</td>
              </tr>
            ))}
          </DataTable>
          {hasNextPage && <LoadMoreButton loading={loadingMore} onMore={loadMore} />}
        </>
      )}
    </>
  );
}
