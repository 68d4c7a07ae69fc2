import { useState } from 'react';
import { fieldMessage, type FieldErrors } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { usePanelDraft } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';
import type { DecisionDetail } from './decisions.operations';
import type { DecisionChange } from './useDecisionChanges';

interface RevokePanelProps {
  decision: DecisionDetail;
  busy: boolean;
  fields: FieldErrors;
  /** Resolves to whether the change was issued. */
  onConfirm: (change: DecisionChange) => Promise<boolean>;
  onCancel: () => void;
}

/** The reason, then a confirm step: a revocation is itself a numbered decision and cannot be undone. */
export function RevokePanel({ decision, busy, fields, onConfirm, onCancel }: RevokePanelProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const user = useCurrentUser();
  const draft = usePanelDraft(
    { owner: user.id, form: 'decision-revoke', recordId: decision.id },
    { reason },
    { reason: '' },
    (restored) => setReason(restored.reason),
    t('draft.leaveQuestion'),
  );
  const reasonError = missing ? t('action.textRequired') : fields.reason && t(fieldMessage(fields.reason));

  return (
    <form
      className="action-panel"
      aria-label={t('decisionChange.REVOKE')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return setMissing(true);
        setMissing(false);
        if (confirming) draft.whileSaving(() => onConfirm({ action: 'REVOKE', reason, idempotencyKey }));
        else setConfirming(true);
      }}
    >
      <DraftRestoreBanner {...draft.banner} />
      <TextAreaField
        id="revoke-reason"
        label={t('decisionChange.reason')}
        value={reason}
        rows={3}
        readOnly={confirming}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={reasonError || undefined}
      />
      {confirming && (
        <p className="action-panel__warning" role="alert">
          {t('decisionChange.confirmRevoke', { number: decision.numberText })}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className={confirming ? 'button button--danger' : 'button button--primary'}
          disabled={busy}
        >
          {busy ? t('action.working') : confirming ? t('decisionChange.confirm') : t('decisionChange.continue')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={confirming ? () => setConfirming(false) : draft.discardThen(onCancel)}
        >
          {confirming ? t('decisionChange.back') : t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
