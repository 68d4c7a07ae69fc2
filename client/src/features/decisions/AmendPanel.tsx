import { useState } from 'react';
import type { FieldErrors } from '../../app/errors';
import { formatVnd } from '../../app/format';
import { useT } from '../../app/i18n';
import { MoneyInput } from '../../app/ui/MoneyInput';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { grantedTotal, type GrantValues } from '../proposals/proposal-grants';
import { resourceKindLabel } from '../proposals/proposal-labels';
import { newIdempotencyKey } from '../requests/request-form';
import { currentGrants, grantsOutOfRange, toAmendedGrants } from './decision-changes';
import type { DecisionDetail } from './decisions.operations';
import type { DecisionChange } from './useDecisionChanges';

interface AmendPanelProps {
  decision: DecisionDetail;
  busy: boolean;
  /** The server's per-field codes from the last attempt. */
  fields: FieldErrors;
  onConfirm: (change: DecisionChange) => void;
  onCancel: () => void;
}

/** New grants per line (prefilled with the current ones, never above what was asked) and the conditions. */
export function AmendPanel({ decision, busy, fields, onConfirm, onCancel }: AmendPanelProps) {
  const t = useT();
  const [grants, setGrants] = useState(() => currentGrants(decision));
  const [conditions, setConditions] = useState(decision.conditions);
  // One key per opened form: a retried "issue" never makes a second decision.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [missingConditions, setMissingConditions] = useState(false);
  const serverGrantsError = Object.keys(fields).some((path) => path.startsWith('grants'));
  const conditionsError = missingConditions ? t('action.textRequired') : fields.conditions && t(`field.${fields.conditions}`);

  const setGrant = (itemId: string, change: Partial<GrantValues>) =>
    setGrants((current) => current.map((g) => (g.itemId === itemId ? { ...g, ...change } : g)));

  function confirm() {
    const out = grantsOutOfRange(decision, grants);
    setInvalid(out);
    setMissingConditions(!conditions.trim());
    if (out.length > 0 || !conditions.trim()) return;
    onConfirm({ action: 'AMEND', grants: toAmendedGrants(decision, grants), conditions, idempotencyKey });
  }

  return (
    <form
      className="action-panel"
      aria-label={t('decisionChange.AMEND')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      <div className="table-wrap">
        <table className="table">
          <caption>{t('decisionChange.newGrants')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('proposal.col.description')}</th>
              <th scope="col">{t('proposal.col.requested')}</th>
              <th scope="col">{t('decide.grantedQuantity')}</th>
              <th scope="col">{t('decide.grantedAmount')}</th>
            </tr>
          </thead>
          <tbody>
            {decision.lines.map((line) => {
              const grant = grants.find((g) => g.itemId === line.itemId)!;
              const wrong = invalid.includes(line.itemId);
              return (
                <tr key={line.itemId}>
                  <td>
                    {line.description}
                    <span className="facts__sub">{t(resourceKindLabel(line.kind))}</span>
                    {wrong && <p className="field__error">{t('decide.overRequest')}</p>}
                  </td>
                  <td>
                    {line.requestedQuantity} {line.unit}
                    {line.requestedAmount !== null && <span className="facts__sub">{formatVnd(line.requestedAmount)}</span>}
                  </td>
                  <td>
                    <input
                      inputMode="numeric"
                      size={6}
                      aria-label={t('decide.quantityFor', { item: line.description })}
                      aria-invalid={wrong || undefined}
                      value={grant.quantity}
                      onChange={(event) => setGrant(line.itemId, { quantity: event.currentTarget.value.replace(/\D/g, '') })}
                    />
                  </td>
                  <td>
                    {line.requestedAmount !== null && (
                      <MoneyInput
                        aria-label={t('decide.amountFor', { item: line.description })}
                        aria-invalid={wrong || undefined}
                        value={grant.amount}
                        onChange={(amount) => setGrant(line.itemId, { amount })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {serverGrantsError && (
        <p className="field__error" role="alert">
          {t('decisionChange.grantsInvalid')}
        </p>
      )}
      <p role="status">
        {t('decide.total')}: <strong>{formatVnd(grantedTotal(grants))}</strong>
      </p>
      <TextAreaField
        id="amend-conditions"
        label={t('decide.conditions')}
        value={conditions}
        rows={4}
        onChange={(event) => setConditions(event.currentTarget.value)}
        error={conditionsError || undefined}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('action.working') : t('decisionChange.issueAmendment')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
