import { useT } from '../i18n';

/** The two ways a draft form saves. */
export type DraftOrSend = 'draft' | 'submit';

interface DraftOrSendButtonsProps {
  /** Which save is running, if any. */
  busy: DraftOrSend | null;
  onSave: (send: boolean) => void;
  /** The label of the "send" button, e.g. "Gửi đề nghị". */
  sendLabel: string;
  /** false: the user may only save (a staff member's proposal is sent by the agency's leader). */
  canSend?: boolean;
}

/** The two ways out of a draft form: keep it as a draft, or save and send it at once. */
export function DraftOrSendButtons({ busy, onSave, sendLabel, canSend = true }: DraftOrSendButtonsProps) {
  const t = useT();
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy !== null}
        aria-busy={busy === 'draft'}
        onClick={() => onSave(false)}
      >
        {busy === 'draft' ? t('requestForm.saving') : t('requestForm.saveDraft')}
      </button>
      {canSend && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          aria-busy={busy === 'submit'}
          onClick={() => onSave(true)}
        >
          {busy === 'submit' ? t('requestForm.submitting') : sendLabel}
        </button>
      )}
    </div>
  );
}
