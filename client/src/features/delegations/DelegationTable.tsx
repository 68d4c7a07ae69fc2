import { useMutation } from 'urql';
import { errorCode } from '../../kit/errors';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { EmptyState } from '../../kit/ui/states';
import { RevokeDelegationMutation, type DelegationItem } from './delegations.operations';

interface DelegationTableProps {
  caption: string;
  delegations: readonly DelegationItem[];
  /** Given: the other party is the delegate, and what is still given can be revoked. */
  given: boolean;
  empty: string;
  onChanged: () => void;
}

/** Delegations given or received, with their status today; the grantor may revoke one still given. */
export function DelegationTable({ caption, delegations, given, empty, onChanged }: DelegationTableProps) {
  const t = useT();
  const [{ fetching, error }, revoke] = useMutation(RevokeDelegationMutation);
  if (delegations.length === 0) return <EmptyState title={empty} />;
  return (
    <>
      {error && (
        <div className="alert" role="alert">
          {t(`error.${errorCode(error)}`)}
        </div>
      )}
      <DataTable
        caption={caption}
        columns={[
          t(given ? 'delegation.delegate' : 'delegation.grantor'),
          t('delegation.powers'),
          t('delegation.form'),
          t('delegation.period'),
          t('delegation.statusLabel'),
          ...(given ? [''] : []),
        ]}
      >
        {delegations.map((d) => {
          const other = given ? d.delegate : d.grantor;
          const stillGiven = d.status === 'ACTIVE' || d.status === 'UPCOMING';
          return (
            <tr key={d.id}>
              <td>
                {other.fullName}
                <br />
                <span className="muted">{other.title}</span>
              </td>
              <td>{d.powers.map((power) => t(`delegation.power.${power}`)).join('; ')}</td>
              <td>{d.formText}</td>
              <td>
                {formatLocalDate(d.startsOn)} – {formatLocalDate(d.endsOn)}
              </td>
              <td>
                <span className={`badge delegation-status delegation-status--${d.status.toLowerCase()}`}>
                  {t(`delegation.status.${d.status}`)}
                </span>
              </td>
              {given && (
                <td>
                  {stillGiven && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={fetching}
                      aria-label={t('delegation.revokeLabel', { name: other.fullName })}
                      onClick={async () => {
                        const result = await revoke({ input: { delegationId: d.id } });
                        if (result.data) onChanged();
                      }}
                    >
                      {fetching ? t('delegation.revoking') : t('delegation.revoke')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
