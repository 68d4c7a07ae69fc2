import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime, formatVnd } from '../../app/format';
import { useT } from '../../app/i18n';
import { DataTable } from '../../app/ui/DataTable';
import { EmptyState, PendingState } from '../../app/ui/states';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { OutcomeBadge } from '../proposals/ProposalBadges';
import { DecisionRegisterQuery } from './decisions.operations';

/** The register of issued decisions, newest first; every signed-in user may read it. */
export function DecisionRegisterPage() {
  const t = useT();
  useDocumentTitle(t('decisions.title'));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DecisionRegisterQuery,
    variables: { first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.decisions.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('decisions.title')}</h1>
          <p className="muted">{t('decisions.intro')}</p>
        </div>
      </div>
      {!data ? (
        <PendingState
          fetching={fetching}
          error={error}
          label={t('decisions.loading')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : rows.length === 0 ? (
        <EmptyState title={t('decisions.empty')} />
      ) : (
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
      )}
    </>
  );
}
