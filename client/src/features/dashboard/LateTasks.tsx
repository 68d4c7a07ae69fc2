import { periodInput, type Period } from '../../kit/period';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { PendingState } from '../../kit/ui/states';
import type { TaskGroup } from '../../gql/graphql';
import { DashboardTasksQuery } from './dashboard.operations';
import { taskListLink } from './dashboard-params';
import { useRefetchOn } from './useTaskFeedRefresh';

const LATE_GROUPS: TaskGroup[] = ['NOT_DONE_OVERDUE', 'COMPLETED_LATE'];
const LATE_PAGE = 50;

interface LateTasksProps {
  period: Period;
  agencyId: string;
  asOf: string | null;
  refreshCount: number;
}

/** The agency's tasks that are overdue or were completed late, each linking to the task. */
export function LateTasks({ period, agencyId, asOf, refreshCount }: LateTasksProps) {
  const t = useT();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: DashboardTasksQuery,
    variables: {
      filter: { period: periodInput(period), ownerAgencyId: agencyId, groups: LATE_GROUPS, asOf },
      first: LATE_PAGE,
    },
    requestPolicy: 'cache-and-network',
  });
  useRefetchOn(refreshCount, reexecute);

  const rows = data?.tasks.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="dashboard-panel" aria-labelledby="late-tasks-title">
      <h2 id="late-tasks-title">{t('dashboard.late')}</h2>
      {!data ? (
        <PendingState
          fetching={fetching}
          error={error}
          label={t('dashboard.loading')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : rows.length === 0 ? (
        <p className="muted">{t('dashboard.lateEmpty')}</p>
      ) : (
        <DataTable
          columns={[
            t('dashboard.col.code'),
            t('dashboard.col.task'),
            t('dashboard.domain'),
            t('dashboard.col.dueDate'),
            t('dashboard.col.group'),
          ]}
        >
          {rows.map((task) => (
            <tr key={task.id}>
              <td className="request-table__code">{task.code}</td>
              <td>
                <Link to={`/tasks/${task.id}`}>{task.title}</Link>
              </td>
              <td>{t(`domain.${task.domain}`)}</td>
              <td>{formatLocalDate(task.dueDate)}</td>
              <td>
                {task.group ? t(`taskGroup.${task.group}`) : ''}
                {task.completedOn && <span className="muted"> ({formatLocalDate(task.completedOn)})</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {data?.tasks.pageInfo.hasNextPage && (
        <p>
          <Link to={taskListLink(period, agencyId, 'NOT_DONE_OVERDUE', asOf)}>{t('dashboard.lateMore')}</Link>
        </p>
      )}
    </section>
  );
}
