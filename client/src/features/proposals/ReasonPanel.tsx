import { useState } from 'react';
import type { FieldErrors } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { useServerFieldMessage } from '../../kit/ui/ServerFieldProblems';
import { TextAreaField } from '../../kit/ui/TextAreaField';

interface ReasonPanelProps {
  action: 'RETURN_FOR_REVISION' | 'REOPEN_APPRAISAL';
  busy: boolean;
  /** The server's problems with the last try, shown on their fields. */
  fields: FieldErrors;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Returning a proposal or reopening its appraisal always says why. */
export function ReasonPanel({ action, busy, fields, onConfirm, onCancel }: ReasonPanelProps) {
  const t = useT();
  const serverMessage = useServerFieldMessage(fields);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="action-panel"
      aria-label={t(`proposalAction.${action}`)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return setMissing(true);
        onConfirm(reason);
      }}
    >
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
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
