import { formatDateTime, formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { Figures } from './ProposalItemsTable';
import type { ProposalDetail } from './proposals.operations';

/** Every submitted revision, unchanged; expand one to see what was sent then. */
export function ProposalRevisions({ revisions }: { revisions: ProposalDetail['revisions'] }) {
  const t = useT();
  if (revisions.length === 0) return null;
  return (
    <section aria-labelledby="proposal-revisions-heading">
      <h2 id="proposal-revisions-heading">{t('proposal.revisions')}</h2>
      {revisions.map((revision) => (
        <details key={revision.number} className="proposal-revision">
          <summary>
            {t('proposal.revisionSummary', {
              number: revision.number,
              at: formatDateTime(revision.submittedAt),
              total: formatVnd(revision.totalAmount),
            })}
          </summary>
          <p>
            <strong>{revision.title}</strong> · {t('proposal.fiscalYear')} {revision.fiscalYear}
          </p>
          <p className="request__body">{revision.rationale}</p>
          <ul>
            {revision.items.map((item) => (
              <li key={item.id}>
                {t(`resourceKind.${item.kind}`)}: {item.description} —{' '}
                <Figures quantity={item.quantity} unit={item.unit} amount={item.amount} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
