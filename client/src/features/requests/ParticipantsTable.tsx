import { formatDateTime } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import type { RequestDetail } from './requests.operations';

/** Each addressed agency with its own state: the request's "answered" is the lead's answer only. */
export function ParticipantsTable({ participants }: { participants: RequestDetail['participants'] }) {
  const t = useT();
  const leadAnswered = participants.some((p) => p.role === 'LEAD' && p.state === 'RESPONDED');
  const pendingSupporters = participants.filter(
    (p) => p.role !== 'LEAD' && (p.state === 'PENDING' || p.state === 'ACKNOWLEDGED'),
  ).length;
  return (
    <section aria-labelledby="request-participants-heading">
      <h2 id="request-participants-heading">{t('request.participants')}</h2>
      {leadAnswered && pendingSupporters > 0 && (
        <p className="muted">{t('request.leadAnsweredOthersPending', { count: pendingSupporters })}</p>
      )}
      <DataTable
        columns={[
          t('request.participantAgency'),
          t('request.participantRole'),
          t('request.participantState'),
          t('request.participantAssignee'),
          t('request.participantReply'),
        ]}
      >
        {participants.map((participant) => (
          <tr key={participant.agency.id}>
            <td>{participant.agency.name}</td>
            <td>{t(`participantRole.${participant.role}`)}</td>
            <td>
              <span className={`participant-state participant-state--${participant.state.toLowerCase()}`}>
                {t(`participantState.${participant.state}`)}
              </span>
            </td>
            <td>{participant.assignee?.fullName ?? '—'}</td>
            <td className="participant-reply">
              {participant.reply ?? participant.declineReason ?? '—'}
              {participant.respondedAt && (
                <span className="muted participant-reply__at">{formatDateTime(participant.respondedAt)}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
