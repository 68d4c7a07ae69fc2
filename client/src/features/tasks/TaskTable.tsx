import { Link } from 'react-router';
import { formatLocalDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { CategoryLabel, ProgressBar, TaskGroupBadge, TaskStatusBadge } from './TaskBadges';
import type { TaskListItem } from './tasks.operations';

export function TaskTable({ rows }: { rows: readonly TaskListItem[] }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table task-table">
        <thead>
          <tr>
            <th scope="col">{t('tasks.col.code')}</th>
            <th scope="col">{t('tasks.col.title')}</th>
            <th scope="col">{t('tasks.col.agency')}</th>
            <th scope="col">{t('tasks.col.category')}</th>
            <th scope="col">{t('tasks.col.domain')}</th>
            <th scope="col">{t('tasks.col.dueDate')}</th>
            <th scope="col">{t('tasks.col.progress')}</th>
            <th scope="col">{t('tasks.col.group')}</th>
            <th scope="col">{t('tasks.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.group === 'NOT_DONE_OVERDUE' ? 'request-row--overdue' : undefined}>
              <td className="task-table__code">{row.code}</td>
              <td className="task-table__title">
                <Link to={`/tasks/${row.id}`} className="request-table__title">
                  {row.title}
                </Link>
              </td>
              <td title={row.ownerAgency.name}>{row.ownerAgency.shortName}</td>
              <td>
                <CategoryLabel category={row.category} />
              </td>
              <td>{t(`domain.${row.domain}`)}</td>
              <td className="task-table__code">{formatLocalDate(row.dueDate)}</td>
              <td>
                <ProgressBar percent={row.progressPercent} label={t('tasks.progressOf', { task: row.code })} />
              </td>
              <td className="task-table__group">
                <TaskGroupBadge group={row.group} />
              </td>
              <td>
                <TaskStatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
