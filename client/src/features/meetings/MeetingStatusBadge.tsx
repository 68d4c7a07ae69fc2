import { useT } from '../../kit/i18n';
import type { MeetingStatus } from '../../gql/graphql';
import './meetings.css';

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useT();
  return <span className={`status-badge status-badge--m-${status.toLowerCase()}`}>{t(`meetingStatus.${status}`)}</span>;
}
