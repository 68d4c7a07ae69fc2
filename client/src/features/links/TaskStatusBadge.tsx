import { useT } from '../../kit/i18n';
import type { TaskStatus } from '../../gql/graphql';
import './links.css';

/** A task's status wherever a task shows: its own pages and every record that links to it. */
export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const t = useT();
  return <span className={`status-badge status-badge--t-${status.toLowerCase()}`}>{t(`taskStatus.${status}`)}</span>;
}
