import { useState } from 'react';
import { useT } from '../../kit/i18n';
import { ActionBar, PanelButton, type ActionNotice } from '../../kit/ui/ActionBar';
import { isTaskPageAction, type TaskActionValues, type TaskPageAction } from './task-actions';
import { TaskActionPanel } from './TaskActionPanel';
import type { TaskDetail } from './tasks.operations';
import { useTaskActions } from './useTaskActions';

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
  const [notice, setNotice] = useState<ActionNotice<TaskPageAction>>();
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
    <ActionBar
      headingId="task-actions-heading"
      notice={notice}
      actionLabel={(action) => t(`taskAction.${action}`)}
      buttons={actions.map((action) => (
        <PanelButton
          key={action}
          open={openPanel === action}
          panelId="task-action-panel"
          disabled={pending !== null}
          className={action === 'CANCEL' ? 'button button--danger' : 'button button--secondary'}
          onToggle={() => {
            setNotice(undefined);
            setOpen(openPanel === action ? null : action);
          }}
        >
          {t(`taskAction.${action}`)}
        </PanelButton>
      ))}
    >
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
    </ActionBar>
  );
}
