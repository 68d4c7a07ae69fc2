import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime, formatVnd } from '../../app/format';
import { useT } from '../../app/i18n';
import { EmptyState, ErrorState, LoadingState } from '../../app/ui/states';
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
        fetching ? (
          <LoadingState label={t('decisions.loading')} />
        ) : (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )
      ) : rows.length === 0 ? (
        <EmptyState title={t('decisions.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.number')}</th>
                <th scope="col">{t('decisions.col.date')}</th>
                <th scope="col">{t('decisions.col.title')}</th>
                <th scope="col">{t('decisions.col.outcome')}</th>
                <th scope="col">{t('decisions.col.granted')}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
