import { useT } from '../i18n';
import type { FormMessage } from '../form-errors';

interface FormAlertProps {
  /** A message key for the whole form (not a field), e.g. "error.CONFLICT". */
  message: FormMessage | undefined;
  /** Offered after a CONFLICT: reload the draft someone else changed. */
  onReload?: () => void;
  /** The reload button's text; "Tải lại bản nháp" unless the form edits something else. */
  reloadLabel?: string;
}

/** The form-level error above a draft form, with "reload" when the draft changed underneath. */
export function FormAlert({ message, onReload, reloadLabel }: FormAlertProps) {
  const t = useT();
  if (!message) return null;
  return (
    <div className="alert" role="alert">
      {t(message)}{' '}
      {message === 'error.CONFLICT' && onReload && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {reloadLabel ?? t('requestForm.reloadDraft')}
        </button>
      )}
    </div>
  );
}
