import { useQuery } from 'urql';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useCapabilities } from '../auth';
import { DelegationTable } from './DelegationTable';
import { MyDelegationsQuery } from './delegations.operations';
import { GiveDelegationForm } from './GiveDelegationForm';

/** Ủy quyền: a leader gives powers to an official of the agency for a period; both see the list. */
export function DelegationsPage() {
  const t = useT();
  useDocumentTitle(t('delegation.title'));
  const capabilities = useCapabilities();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyDelegationsQuery,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const canGive = capabilities.delegablePowers.length > 0;

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('delegation.title')}</h1>
          <p className="muted">{t('delegation.intro')}</p>
        </div>
      </div>
      {!data ? (
        <PendingState fetching={fetching} error={error} label={t('delegation.loading')} onRetry={reload} />
      ) : (
        <>
          {canGive ? (
            <GiveDelegationForm officials={data.me?.agency.members ?? []} onGiven={reload} />
          ) : (
            <p className="muted">{t('delegation.cannotGive')}</p>
          )}
          {canGive && (
            <section aria-labelledby="delegations-given-heading">
              <h2 id="delegations-given-heading">{t('delegation.givenHeading')}</h2>
              <DelegationTable
                caption={t('delegation.givenHeading')}
                delegations={data.myDelegations.given}
                given
                empty={t('delegation.noneGiven')}
                onChanged={reload}
              />
            </section>
          )}
          <section aria-labelledby="delegations-received-heading">
            <h2 id="delegations-received-heading">{t('delegation.receivedHeading')}</h2>
            <DelegationTable
              caption={t('delegation.receivedHeading')}
              delegations={data.myDelegations.received}
              given={false}
              empty={t('delegation.noneReceived')}
              onChanged={reload}
            />
          </section>
        </>
      )}
    </>
  );
}
