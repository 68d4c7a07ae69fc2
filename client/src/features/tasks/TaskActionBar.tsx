import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { MessageKey } from '../../app/messages/vi';
import { isTaskPageAction, type TaskActionValues, type TaskPageAction } from './task-actions';
import { TaskActionPanel } from './TaskActionPanel';
import type { TaskDetail } from './tasks.operations';
import { useTaskActions } from './useTaskActions';

type Notice = { tone: 'done'; action: TaskPageAction } | { tone: 'error'; message: MessageKey };

interface TaskActionBarProps {
  task: TaskDetail;
  onUpdated: (task: TaskDetail) => void;
  onReload: () => void;
}

/** Exactly the actions the server lists in `allowedActions`; each opens its panel. */
export function TaskActionBar({ task, onUpdated, onReload }: TaskActionBarProps) {
  const t = useT();
  const { run, pending } = useTaskActions(task, { onUpdated, onStale: onReload });
  const [open, setOpen] = useState<TaskPageAction | null>(null);
  const [notice, setNotice] = useState<Notice>();
  const actions = task.allowedActions.filter(isTaskPageAction);
  // A live change may take an action away while its panel is open.
  const openPanel = open && actions.includes(open) ? open : null;

  async function perform(values: TaskActionValues) {
    setNotice(undefined);
    const outcome = await run(values);
    if (outcome.ok) {
      setOpen(null);
      setNotice({ tone: 'done', action: values.action });
    } else if (outcome.code === 'INVALID_TRANSITION') {
      setOpen(null);
      setNotice({ tone: 'error', message: 'taskAction.invalidTransition' });
    }
    return outcome;
  }

  if (actions.length === 0 && !notice) return null;
  return (
    <section className="action-bar" aria-labelledby="task-actions-heading">
      <h2 id="task-actions-heading">{t('request.actions')}</h2>
      {notice?.tone === 'error' && (
        <p className="alert" role="alert">
          {t(notice.message)}
        </p>
      )}
      <p className="live-note" role="status">
        {notice?.tone === 'done' && t('request.done', { action: t(`taskAction.${notice.action}`) })}
      </p>
      <div className="action-bar__buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'CANCEL' ? 'button button--danger' : 'button button--secondary'}
            aria-expanded={openPanel === action}
            aria-controls={openPanel === action ? 'task-action-panel' : undefined}
            disabled={pending !== null}
            onClick={() => {
              setNotice(undefined);
              setOpen(openPanel === action ? null : action);
            }}
          >
            {t(`taskAction.${action}`)}
          </button>
        ))}
      </div>
      {openPanel && (
        <TaskActionPanel
          key={openPanel}
          action={openPanel}
          task={task}
          busy={pending === openPanel}
          onConfirm={perform}
          onCancel={() => setOpen(null)}
          onReload={onReload}
        />
      )}
    </section>
  );
}
