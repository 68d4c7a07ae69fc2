import { quarterName } from '../../kit/period';
import { useQuery } from 'urql';
import { errorCode } from '../../kit/errors';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { LinkableTasksQuery, type TaskRef } from './links.operations';
import './links.css';

export type TaskOption = Pick<TaskRef, 'id' | 'code' | 'title' | 'dueDate' | 'period' | 'ownerAgency'>;

/** The open tasks, then the already linked ones that are no longer open; each task once. */
export function taskChoices(open: readonly TaskOption[], linked: readonly TaskOption[]): TaskOption[] {
  const seen = new Set(open.map((task) => task.id));
  return [...open, ...linked.filter((task) => !seen.has(task.id))];
}

interface TaskPickerProps {
  /** The fieldset's id, so a server error on `linkedTaskIds` can point at it. */
  id: string;
  value: readonly string[];
  /** Tasks already linked (they may no longer be open), to keep them on the list. */
  linked: readonly TaskOption[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** "Nhiệm vụ liên quan" on the proposal form: the viewer's open tasks, plus any already linked. */
export function TaskPicker({ id, value, linked, onChange, error }: TaskPickerProps) {
  const t = useT();
  const [{ data, fetching, error: loadError }] = useQuery({ query: LinkableTasksQuery });
  const open = data?.tasks.edges.map((edge) => edge.node) ?? [];
  const choices = taskChoices(open, linked);
  const chosen = new Set(value);
  const errorId = `${id}-error`;
  const toggle = (taskId: string, checked: boolean) =>
    onChange(checked ? [...value, taskId] : value.filter((other) => other !== taskId));

  return (
    <fieldset
      id={id}
      className="agency-picker task-picker"
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t('linkedTasks.title')}</legend>
      <p className="muted">{t('linkedTasks.pickerHint')}</p>
      {choices.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">
            {t('linkedTasks.chosen', { count: value.length })}
          </p>
          <div className="agency-picker__list task-picker__list">
            {choices.map((task) => (
              <label key={task.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(task.id)}
                  onChange={(event) => toggle(task.id, event.currentTarget.checked)}
                />
                <span>
                  {`${task.code} — ${task.title}`}{' '}
                  <span className="muted">
                    {t('linkedTasks.meta', {
                      agency: task.ownerAgency.shortName,
                      quarter: quarterName(t, task.period),
                      date: formatLocalDate(task.dueDate),
                    })}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </>
      ) : (
        <p className="muted">
          {fetching && !data
            ? t('linkedTasks.loading')
            : loadError
              ? t(`error.${errorCode(loadError)}`)
              : t('linkedTasks.none')}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
