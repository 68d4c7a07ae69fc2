import { useT } from '../../kit/i18n';
import type { RequestPriority, RequestStatus } from '../../gql/graphql';

export function StatusBadge({ status }: { status: RequestStatus }) {
  const t = useT();
  return <span className={`status-badge status-badge--${status.toLowerCase()}`}>{t(`requestStatus.${status}`)}</span>;
}

export function OverdueBadge() {
  const t = useT();
  return <span className="overdue-badge">{t('requests.overdue')}</span>;
}

export function PriorityLabel({ priority }: { priority: RequestPriority }) {
  const t = useT();
  return <span className={`priority priority--${priority.toLowerCase()}`}>{t(`priority.${priority}`)}</span>;
}
