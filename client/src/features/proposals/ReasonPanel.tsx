import { useState } from 'react';
import type { FieldErrors } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { useServerFieldMessage } from '../../kit/ui/ServerFieldProblems';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { usePanelDraft } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';

interface ReasonPanelProps {
  action: 'RETURN_FOR_REVISION' | 'REOPEN_APPRAISAL';
  proposalId: string;
  busy: boolean;
  /** The server's problems with the last try, shown on their fields. */
  fields: FieldErrors;
  /** Resolves to whether the action was done. */
  onConfirm: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}

/** Returning a proposal or reopening its appraisal always says why. */
export function ReasonPanel({ action, proposalId, busy, fields, onConfirm, onCancel }: ReasonPanelProps) {
  const t = useT();
  const serverMessage = useServerFieldMessage(fields);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const user = useCurrentUser();
  const draft = usePanelDraft(
    { owner: user.id, form: `proposal-${action}`, recordId: proposalId },
    { reason },
    { reason: '' },
    (restored) => setReason(restored.reason),
    t('draft.leaveQuestion'),
  );
  return (
    <form
      className="action-panel"
      aria-label={t(`proposalAction.${action}`)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return setMissing(true);
        draft.whileSaving(() => onConfirm(reason));
      }}
    >
      <DraftRestoreBanner {...draft.banner} />
      <TextAreaField
        id="proposal-reason"
        label={t('proposalAction.reason')}
        value={reason}
        rows={3}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={missing ? t('action.textRequired') : serverMessage('reason')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('action.working') : t(`proposalAction.confirm.${action}`)}
        </button>
        <button type="button" className="button button--secondary" onClick={draft.discardThen(onCancel)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
