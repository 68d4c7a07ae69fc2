import { useState, type FormEvent } from 'react';
import { hasFormErrors } from '../../kit/form-errors';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { FormAlert } from '../../kit/ui/FormAlert';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { TextField } from '../../kit/ui/TextField';
import { usePanelDraft } from '../../kit/useLocalDraft';
import type { ActionOutcome } from '../../kit/useRecordAction';
import { useCurrentUser } from '../auth';
import { LinkedRequestPicker } from '../links';
import {
  parsePercent,
  taskActionErrorsFrom,
  validateProgress,
  validateText,
  type TaskActionErrors,
  type TaskActionValues,
  type TaskPageAction,
} from './task-actions';
import type { TaskDetail } from './tasks.operations';

/** Ending something asks "are you sure?" in the panel before anything is sent. */
const WARNINGS = { COMPLETE: 'taskAction.warning.COMPLETE', CANCEL: 'taskAction.warning.CANCEL' } as const;

interface TaskActionPanelProps {
  action: TaskPageAction;
  task: TaskDetail;
  busy: boolean;
  onConfirm: (values: TaskActionValues) => Promise<ActionOutcome>;
  onCancel: () => void;
  /** Offered after a CONFLICT: read the task again, keeping what was typed here. */
  onReload: () => void;
}

export function TaskActionPanel({ action, task, busy, onConfirm, onCancel, onReload }: TaskActionPanelProps) {
  const t = useT();
  const [percent, setPercent] = useState(String(task.progressPercent));
  const [text, setText] = useState('');
  const [requestIds, setRequestIds] = useState<string[]>(() => [...task.linkedRequestIds]);
  const [errors, setErrors] = useState<TaskActionErrors>({});
  const user = useCurrentUser();
  // The typing (a progress note, a reason) is kept per task and action; the linked requests are not typed.
  const [start] = useState(() => ({ percent: String(task.progressPercent), text: '' }));
  const draft = usePanelDraft(
    { owner: user.id, form: `task-${action}`, recordId: task.id },
    { percent, text },
    start,
    (restored) => {
      setPercent(restored.percent);
      setText(restored.text);
    },
    t('draft.leaveQuestion'),
  );
  const headingId = 'task-action-panel-heading';
  const message = (field: keyof TaskActionErrors) => errors[field] && t(errors[field]);
  const textField = action === 'REOPEN' || action === 'CANCEL' ? 'reason' : 'note';

  function collect(): { values?: TaskActionValues; errors: TaskActionErrors } {
    switch (action) {
      case 'REPORT_PROGRESS': {
        const invalid = validateProgress(percent, text);
        return hasFormErrors(invalid)
          ? { errors: invalid }
          : { values: { action, percent: parsePercent(percent)!, note: text }, errors: {} };
      }
      case 'COMPLETE': {
        const invalid = validateText(text, 'note');
        return hasFormErrors(invalid) ? { errors: invalid } : { values: { action, note: text }, errors: {} };
      }
      case 'REOPEN':
      case 'CANCEL': {
        const invalid = validateText(text, 'reason');
        return hasFormErrors(invalid) ? { errors: invalid } : { values: { action, reason: text }, errors: {} };
      }
      case 'LINK':
        return { values: { action, requestIds }, errors: {} };
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const collected = collect();
    setErrors(collected.errors);
    const { values } = collected;
    if (!values) return;
    draft.whileSaving(async () => {
      const outcome = await onConfirm(values);
      // INVALID_TRANSITION is told by the action bar (the page reloads and the panel may go away).
      if (!outcome.ok && outcome.code !== 'INVALID_TRANSITION')
        setErrors(taskActionErrorsFrom(outcome.code, outcome.fields));
      return outcome.ok;
    });
  }

  const warning = action === 'COMPLETE' || action === 'CANCEL' ? WARNINGS[action] : null;
  return (
    <form
      id="task-action-panel"
      className="action-panel"
      aria-labelledby={headingId}
      onSubmit={handleSubmit}
      noValidate
    >
      <h3 id={headingId}>{t(`taskAction.${action}`)}</h3>
      <DraftRestoreBanner {...draft.banner} />
      <FormAlert
        message={errors.form}
        reloadLabel={t('taskAction.reload')}
        onReload={() => {
          setErrors({});
          onReload();
        }}
      />
      {warning && <p className="action-panel__warning">{t(warning)}</p>}
      {action === 'REPORT_PROGRESS' && (
        <TextField
          id="task-action-percent"
          label={t('taskAction.percent')}
          inputMode="numeric"
          maxLength={3}
          size={5}
          value={percent}
          onChange={(event) => setPercent(event.currentTarget.value.replace(/[^\d]/g, ''))}
          error={message('percent')}
        />
      )}
      {action === 'LINK' ? (
        <LinkedRequestPicker
          id="task-action-requests"
          value={requestIds}
          onChange={setRequestIds}
          error={message('requestIds')}
        />
      ) : (
        <TextAreaField
          id={`task-action-${textField}`}
          label={t(
            action === 'COMPLETE'
              ? 'taskAction.completeNote'
              : textField === 'reason'
                ? 'taskAction.reason'
                : 'taskAction.note',
          )}
          value={text}
          rows={3}
          maxLength={2000}
          onChange={(event) => setText(event.currentTarget.value)}
          error={message(textField)}
        />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={draft.discardThen(onCancel)}
          disabled={busy}
        >
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className={`button ${action === 'CANCEL' ? 'button--danger' : 'button--primary'}`}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('action.working') : t(`taskAction.confirm.${action}`)}
        </button>
      </div>
    </form>
  );
}
