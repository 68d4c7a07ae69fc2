import { formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { recommendationFor } from './proposal-grants';
import type { ProposalDetail, ProposalItem } from './proposals.operations';

/** Requested figures next to each appraiser's view of the same item. */
export function ProposalItemsTable({ proposal }: { proposal: ProposalDetail }) {
  const t = useT();
  return (
    <section aria-labelledby="proposal-items-heading">
      <h2 id="proposal-items-heading">{t('proposalForm.items')}</h2>
      <DataTable
        className="proposal-items__table"
        columns={[
          '#',
          t('proposal.col.description'),
          t('proposal.col.requested'),
          ...proposal.appraisals.map((appraisal) =>
            t('proposal.col.appraisal', { agency: appraisal.agency.shortName }),
          ),
        ]}
        foot={
          <tr>
            <th scope="row" colSpan={2}>
              {t('proposal.total')}
            </th>
            <td className="money">{formatVnd(proposal.totalAmount)}</td>
            {proposal.appraisals.map((appraisal) => (
              <td key={appraisal.agency.id} />
            ))}
          </tr>
        }
      >
        {proposal.items.map((item, index) => (
          <tr key={item.id}>
            <td>{index + 1}</td>
            <td>
              <strong>{item.description}</strong>
              <span className="facts__sub">{t(`resourceKind.${item.kind}`)}</span>
              <span className="facts__sub">{item.justification}</span>
            </td>
            <td>
              <Figures quantity={item.quantity} unit={item.unit} amount={item.amount} />
            </td>
            {proposal.appraisals.map((appraisal) => (
              <td key={appraisal.agency.id}>
                <AppraisalCell appraisal={appraisal} item={item} />
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function Figures({ quantity, unit, amount }: { quantity: number; unit: string; amount: string | null }) {
  return (
    <>
      {quantity} {unit}
      {amount !== null && <span className="facts__sub money">{formatVnd(amount)}</span>}
    </>
  );
}

function AppraisalCell({ appraisal, item }: { appraisal: ProposalDetail['appraisals'][number]; item: ProposalItem }) {
  const t = useT();
  if (!appraisal.kinds.includes(item.kind)) return <span className="muted">—</span>;
  if (!appraisal.opinion) return <span className="muted">{t('appraisal.pending')}</span>;
  const advice = recommendationFor(appraisal, item);
  return (
    <>
      <span>{t(`opinion.${appraisal.opinion}`)}</span>
      {advice && (
        <span className="facts__sub">
          <Figures quantity={advice.quantity} unit={item.unit} amount={advice.amount} />
        </span>
      )}
    </>
  );
}
