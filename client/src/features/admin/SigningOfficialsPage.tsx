import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorCode } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { AwaitingSigningQuery, ConfirmSigningMutation } from './admin.operations';

/**
 * `/signing-officials`, from the user menu of a confirmed Committee leader: the new Committee
 * leads an administrator created, each waiting for a second person's confirmation before they
 * may decide and sign (separation of duties).
 */
export function SigningOfficialsPage() {
  const t = useT();
  useDocumentTitle(t('signing.title'));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AwaitingSigningQuery,
    requestPolicy: 'cache-and-network',
  });
  const [confirming, confirm] = useMutation(ConfirmSigningMutation);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const waiting = data?.signingOfficialsAwaitingConfirmation;

  async function confirmOne(id: string, name: string) {
    setOutcome(null);
    const result = await confirm({ input: { userId: id } });
    if (result.error) return setOutcome({ ok: false, text: t(`error.${errorCode(result.error)}`) });
    setOutcome({ ok: true, text: t('signing.confirmed', { name }) });
    reexecute({ requestPolicy: 'network-only' });
  }

  return (
    <div className="admin-page">
      <h1>{t('signing.title')}</h1>
      <p className="muted">{t('signing.intro')}</p>
      {outcome && (
        <p className={outcome.ok ? 'notice' : 'alert'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      {!waiting ? (
        <PendingState
          fetching={fetching}
          error={error}
          label={t('signing.loading')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : waiting.length === 0 ? (
        <EmptyState title={t('signing.empty')} />
      ) : (
        <ul className="admin-agency-tree">
          {waiting.map((user) => (
            <li key={user.id}>
              <strong>{user.fullName}</strong> <span className="muted">{user.title}</span>{' '}
              <span className="muted">
                {user.agency.shortName} · <code>{user.username}</code>
              </span>{' '}
              <button
                type="button"
                className="button button--primary"
                disabled={confirming.fetching}
                onClick={() => void confirmOne(user.id, user.fullName)}
              >
                {confirming.fetching ? t('signing.confirming') : t('signing.confirm', { name: user.fullName })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
