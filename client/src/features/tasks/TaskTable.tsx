import { Link } from 'react-router';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { TaskStatusBadge } from '../links';
import { CategoryLabel, ProgressBar, TaskGroupBadge } from './TaskBadges';
import type { TaskListItem } from './tasks.operations';

export function TaskTable({ rows }: { rows: readonly TaskListItem[] }) {
  const t = useT();
  return (
    <DataTable
      className="task-table"
      columns={[
        t('tasks.col.code'),
        t('tasks.col.title'),
        t('tasks.col.agency'),
        t('tasks.col.category'),
        t('tasks.col.domain'),
        t('tasks.col.dueDate'),
        t('tasks.col.progress'),
        t('tasks.col.group'),
        t('tasks.col.status'),
      ]}
    >
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
    </DataTable>
  );
}
