import { quarterName } from '../../kit/period';
import { Link } from 'react-router';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import type { TaskRef } from './links.operations';
import { TaskStatusBadge } from './TaskStatusBadge';

/** "NV-2023-0001 — Số hóa hồ sơ địa chính", a link to the task. */
export function TaskRefLink({ task }: { task: Pick<TaskRef, 'id' | 'code' | 'title'> }) {
  return <Link to={`/tasks/${task.id}`}>{`${task.code} — ${task.title}`}</Link>;
}

/** A task as another record shows it: link, agency, quarter, due date and status. */
export function TaskRefLine({ task }: { task: TaskRef }) {
  const t = useT();
  return (
    <>
      <TaskRefLink task={task} />{' '}
      <span className="muted">
        {t('linkedTasks.meta', {
          agency: task.ownerAgency.shortName,
          quarter: quarterName(t, task.period),
          date: formatLocalDate(task.dueDate),
        })}
      </span>{' '}
      <TaskStatusBadge status={task.status} />
    </>
  );
}

/** "Nhiệm vụ liên quan" on the request and proposal pages: the linked tasks the viewer may read. */
export function LinkedTasks({ tasks, headingId }: { tasks: readonly TaskRef[]; headingId: string }) {
  const t = useT();
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('linkedTasks.title')}</h2>
      <ul className="linked-records">
        {tasks.map((task) => (
          <li key={task.id}>
            <TaskRefLine task={task} />
          </li>
        ))}
      </ul>
    </section>
  );
}
