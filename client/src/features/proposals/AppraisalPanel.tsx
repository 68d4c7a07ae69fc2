import { useState } from 'react';
import type { FieldErrors } from '../../kit/errors';
import { formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { MoneyInput } from '../../kit/ui/MoneyInput';
import { ServerFieldProblems, useServerFieldMessage } from '../../kit/ui/ServerFieldProblems';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { usePanelDraft } from '../../kit/useLocalDraft';
import type { AppraisalOpinion, RecommendationInput } from '../../gql/graphql';
import { useCurrentUser } from '../auth';
import type { ProposalDetail } from './proposals.operations';

const OPINIONS: readonly AppraisalOpinion[] = ['SUPPORT', 'PARTIAL', 'OPPOSE'];

interface AppraisalPanelProps {
  proposal: ProposalDetail;
  busy: boolean;
  /** The server's problems with the last try, shown on their fields. */
  fields: FieldErrors;
  /** Resolves to whether the appraisal was given. */
  onConfirm: (values: {
    opinion: AppraisalOpinion;
    comment: string;
    recommendations: RecommendationInput[];
  }) => Promise<boolean>;
  onCancel: () => void;
}

/** The appraiser's opinion on the items routed to its agency; PARTIAL recommends a figure per item. */
export function AppraisalPanel({ proposal, busy, fields, onConfirm, onCancel }: AppraisalPanelProps) {
  const t = useT();
  const serverMessage = useServerFieldMessage(fields);
  const user = useCurrentUser();
  // the appraisal the server says the viewer gives: its own agency's, or a unit's for its leader
  const mine = proposal.appraisals.find((a) => a.agency.id === proposal.appraisingAgencyId && a.opinion === null);
  const routed = proposal.items.filter((item) => mine?.kinds.includes(item.kind));
  const [opinion, setOpinion] = useState<AppraisalOpinion>('SUPPORT');
  const [comment, setComment] = useState('');
  const [figures, setFigures] = useState(() =>
    Object.fromEntries(routed.map((item) => [item.id, { quantity: String(item.quantity), amount: item.amount ?? '' }])),
  );
  const [missing, setMissing] = useState(false);
  const [start] = useState(() => ({ opinion, comment, figures }));
  const draft = usePanelDraft(
    { owner: user.id, form: 'proposal-APPRAISE', recordId: proposal.id },
    { opinion, comment, figures },
    start,
    (restored) => {
      setOpinion(restored.opinion);
      setComment(restored.comment);
      setFigures(restored.figures);
    },
    t('draft.leaveQuestion'),
  );

  function confirm() {
    if (!comment.trim()) return setMissing(true);
    const recommendations =
      opinion === 'PARTIAL'
        ? routed.map((item) => ({
            itemId: item.id,
            quantity: Number(figures[item.id].quantity || '0'),
            amount: item.amount === null ? null : figures[item.id].amount || '0',
          }))
        : [];
    draft.whileSaving(() => onConfirm({ opinion, comment, recommendations }));
  }

  return (
    <form
      className="action-panel"
      aria-label={t('proposalAction.APPRAISE')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      <DraftRestoreBanner {...draft.banner} />
      <fieldset>
        <legend>{t('appraisal.opinion')}</legend>
        {OPINIONS.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="appraisal-opinion"
              value={value}
              checked={opinion === value}
              onChange={() => setOpinion(value)}
            />
            {t(`opinion.${value}`)}
          </label>
        ))}
      </fieldset>
      {opinion === 'PARTIAL' && (
        <DataTable
          caption={t('appraisal.recommendations')}
          columns={[
            t('proposal.col.description'),
            t('proposal.col.requested'),
            t('appraisal.recommendedQuantity'),
            t('appraisal.recommendedAmount'),
          ]}
        >
          {routed.map((item) => (
            <tr key={item.id}>
              <td>{item.description}</td>
              <td>
                {item.quantity} {item.unit}
                {item.amount !== null && <span className="facts__sub">{formatVnd(item.amount)}</span>}
              </td>
              <td>
                <input
                  inputMode="numeric"
                  size={6}
                  aria-label={t('appraisal.quantityFor', { item: item.description })}
                  value={figures[item.id].quantity}
                  onChange={(event) => {
                    const quantity = event.currentTarget.value.replace(/\D/g, '');
                    setFigures((current) => ({ ...current, [item.id]: { ...current[item.id], quantity } }));
                  }}
                />
              </td>
              <td>
                {item.amount !== null && (
                  <MoneyInput
                    aria-label={t('appraisal.amountFor', { item: item.description })}
                    value={figures[item.id].amount}
                    onChange={(amount) =>
                      setFigures((current) => ({ ...current, [item.id]: { ...current[item.id], amount } }))
                    }
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ServerFieldProblems fields={fields} prefix="recommendations" />
      <TextAreaField
        id="appraisal-comment"
        label={t('appraisal.comment')}
        value={comment}
        rows={4}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={missing ? t('action.textRequired') : serverMessage('comment')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('action.working') : t('appraisal.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={draft.discardThen(onCancel)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
