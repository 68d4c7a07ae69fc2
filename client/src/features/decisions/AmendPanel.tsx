import { useState } from 'react';
import { fieldMessage, type FieldErrors } from '../../kit/errors';
import { formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { usePanelDraft } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';
import { grantedTotal, GrantsTable, type GrantValues } from '../proposals';
import { currentGrants, grantsOutOfRange, toAmendedGrants } from './decision-changes';
import type { DecisionDetail } from './decisions.operations';
import type { DecisionChange } from './useDecisionChanges';

interface AmendPanelProps {
  decision: DecisionDetail;
  busy: boolean;
  /** The server's per-field codes from the last attempt. */
  fields: FieldErrors;
  /** Resolves to whether the change was issued. */
  onConfirm: (change: DecisionChange) => Promise<boolean>;
  onCancel: () => void;
}

/** New grants per line (prefilled with the current ones, never above what was asked) and the conditions. */
export function AmendPanel({ decision, busy, fields, onConfirm, onCancel }: AmendPanelProps) {
  const t = useT();
  const [grants, setGrants] = useState(() => currentGrants(decision));
  const [conditions, setConditions] = useState(decision.conditions);
  // One key per opened form: a retried "issue" never makes a second decision.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const user = useCurrentUser();
  const [start] = useState(() => ({ grants: currentGrants(decision), conditions: decision.conditions }));
  const draft = usePanelDraft(
    { owner: user.id, form: 'decision-amend', recordId: decision.id },
    { grants, conditions },
    start,
    (restored) => {
      setGrants(restored.grants);
      setConditions(restored.conditions);
    },
    t('draft.leaveQuestion'),
  );
  const [invalid, setInvalid] = useState<string[]>([]);
  const [missingConditions, setMissingConditions] = useState(false);
  const serverGrantsError = Object.keys(fields).some((path) => path.startsWith('grants'));
  const conditionsError = missingConditions
    ? t('action.textRequired')
    : fields.conditions && t(fieldMessage(fields.conditions));

  const setGrant = (itemId: string, change: Partial<GrantValues>) =>
    setGrants((current) => current.map((g) => (g.itemId === itemId ? { ...g, ...change } : g)));

  function confirm() {
    const out = grantsOutOfRange(decision, grants);
    setInvalid(out);
    setMissingConditions(!conditions.trim());
    if (out.length > 0 || !conditions.trim()) return;
    draft.whileSaving(() =>
      onConfirm({ action: 'AMEND', grants: toAmendedGrants(decision, grants), conditions, idempotencyKey }),
    );
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
      <DraftRestoreBanner {...draft.banner} />
      <GrantsTable
        caption={t('decisionChange.newGrants')}
        lines={decision.lines.map((line) => ({ ...line, requestedAmount: line.requestedAmount ?? null }))}
        grants={grants}
        invalid={invalid}
        onChange={setGrant}
      />
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
        <button type="button" className="button button--secondary" onClick={draft.discardThen(onCancel)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
