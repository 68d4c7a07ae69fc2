import { useState } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../../kit/errors';
import { formatDateTime } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { DateField } from '../../kit/ui/DateField';
import { FilterBar } from '../../kit/ui/FilterBar';
import { LoadMoreButton } from '../../kit/ui/LoadMoreButton';
import { SelectField } from '../../kit/ui/SelectField';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { keysetList } from '../../kit/useKeysetList';
import { usePagedQuery } from '../../kit/usePagedQuery';
import { AdminUsersQuery, AuditChainStatusQuery, AuditLogQuery, type AuditRow } from './admin.operations';
import { AdminTabs } from './AdminTabs';

const auditList = keysetList(AuditLogQuery, (data) => data.auditLog, 50);

/** What the "what" filter offers: the action families, as the server's action names start. */
const CATEGORIES = ['USER.', 'AGENCY.', 'AUTH.', 'REQUEST.', 'PROPOSAL.', 'DECISION.', 'TASK.', 'MEETING.'] as const;

interface Filters {
  actorId: string;
  action: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { actorId: '', action: '', from: '', to: '' };

function subjectOf(row: AuditRow): string {
  return row.subjectLabel ?? (row.subjectId ? `${row.subjectType} ${row.subjectId.slice(0, 8)}` : row.subjectType);
}

/** `/admin/audit`: the hash-chained log, newest first, filtered by who, what and when. */
export function AuditLogPage() {
  const t = useT();
  useDocumentTitle(t('audit.title'));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const filter = {
    actorId: filters.actorId || null,
    action: filters.action || null,
    from: filters.from || null,
    to: filters.to || null,
  };
  const list = usePagedQuery(auditList, { filter });
  // the "who" choices: the first 100 accounts by username (the server's largest page)
  const [{ data: users }] = useQuery({ query: AdminUsersQuery, variables: { first: 100 } });
  const [chain, checkChain] = useQuery({ query: AuditChainStatusQuery, pause: true, requestPolicy: 'network-only' });
  const status = chain.data?.auditChainStatus;

  return (
    <div className="admin-page">
      <h1>{t('audit.title')}</h1>
      <AdminTabs />
      <p className="muted">{t('audit.pageNote')}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={chain.fetching}
          onClick={() => checkChain({ requestPolicy: 'network-only' })}
        >
          {chain.fetching ? t('audit.checkingChain') : t('audit.checkChain')}
        </button>
      </p>
      {chain.error && (
        <p className="alert" role="alert">
          {t(`error.${errorCode(chain.error)}`)}
        </p>
      )}
      {status && !chain.fetching && (
        <p className={status.intact ? 'notice' : 'alert'} role={status.intact ? 'status' : 'alert'}>
          {status.intact
            ? t('audit.chainIntact', { checked: status.checked })
            : t('audit.chainBroken', { id: status.brokenAtId ?? '', checked: status.checked })}
        </p>
      )}
      <FilterBar label={t('audit.title')}>
        <SelectField
          id="audit-actor"
          label={t('audit.actor')}
          value={filters.actorId}
          onChange={(event) => setFilters({ ...filters, actorId: event.currentTarget.value })}
        >
          <option value="">{t('audit.anyActor')}</option>
          {users?.users.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {`${node.fullName} (${node.username})`}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="audit-action"
          label={t('audit.action')}
          value={filters.action}
          onChange={(event) => setFilters({ ...filters, action: event.currentTarget.value })}
        >
          <option value="">{t('audit.anyAction')}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`audit.category.${category}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          id="audit-from"
          label={t('audit.from')}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => setFilters({ ...filters, from: event.currentTarget.value })}
        />
        <DateField
          id="audit-to"
          label={t('audit.to')}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => setFilters({ ...filters, to: event.currentTarget.value })}
        />
      </FilterBar>
      {!list.loaded ? (
        <PendingState fetching={list.fetching} error={list.error} label={t('audit.loading')} onRetry={list.retry} />
      ) : list.rows.length === 0 ? (
        <EmptyState title={t('audit.empty')}>
          <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
            {t('common.clearFilters')}
          </button>
        </EmptyState>
      ) : (
        <>
          <DataTable
            className="audit-log"
            columns={[
              t('audit.columnAt'),
              t('audit.columnActor'),
              t('audit.columnAction'),
              t('audit.columnSubject'),
              t('audit.columnDetails'),
              t('audit.columnChain'),
            ]}
          >
            {list.rows.map((row) => (
              <tr key={row.id} className={row.chainIntact ? undefined : 'audit-log__broken'}>
                <td>
                  <time dateTime={row.at}>{formatDateTime(row.at)}</time>
                </td>
                <td>{row.actor ? row.actor.fullName : t('audit.system')}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td>{subjectOf(row)}</td>
                <td>
                  <code className="audit-log__details">{row.details}</code>
                </td>
                <td>{row.chainIntact ? t('audit.rowIntact') : <strong>{t('audit.rowBroken')}</strong>}</td>
              </tr>
            ))}
          </DataTable>
          {list.hasNextPage && <LoadMoreButton loading={list.loadingMore} onMore={list.loadMore} />}
          {list.moreError && (
            <p className="alert" role="alert">
              {t(`error.${list.moreError}`)}
            </p>
          )}
        </>
      )}
    </div>
  );
}
