import { useId } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useT } from '../../kit/i18n';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { WorkItemEntry } from './WorkItemEntry';
import { useWorkQueue } from './WorkQueueProvider';
import {
  WorkQueueMarkReadMutation,
  type WorkItemKind,
  type WorkQueueCounts,
  type WorkQueueItem,
} from './work-queue.operations';
import './work-queue.css';

/** The groups in the order the page shows them, each with its count and the list where all of them are. */
const GROUPS: readonly { kind: WorkItemKind; count: Exclude<keyof WorkQueueCounts, '__typename'>; all?: string }[] = [
  { kind: 'NOTIFICATION', count: 'notifications' },
  { kind: 'REQUEST', count: 'requests', all: '/requests' },
  { kind: 'PROPOSAL', count: 'proposals', all: '/proposals' },
  { kind: 'TASK', count: 'tasks', all: '/tasks' },
  { kind: 'MEETING', count: 'meetings', all: '/meetings' },
];

/** Việc cần xử lý: the home page, what the official's agency must do next, grouped by kind, live. */
export function WorkQueuePage() {
  const t = useT();
  useDocumentTitle(t('workQueue.title'));
  const { data, fetching, error, refresh } = useWorkQueue();
  const [, markRead] = useMutation(WorkQueueMarkReadMutation);
  const queue = data?.workQueue;

  const openItem = (item: WorkQueueItem) => {
    if (item.kind === 'NOTIFICATION') void markRead({ input: { ids: [item.record.id] } });
  };

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('workQueue.title')}</h1>
          <p className="muted">{t('workQueue.intro')}</p>
        </div>
      </div>
      {!queue ? (
        <PendingState fetching={fetching} error={error} label={t('workQueue.loading')} onRetry={refresh} />
      ) : (
        <>
          {error && !fetching && (
            <p className="alert" role="alert">
              {t('workQueue.refreshFailed')}
            </p>
          )}
          {queue.items.length === 0 ? (
            <EmptyState title={t('workQueue.empty')}>
              <p className="muted">{t('workQueue.emptyHint')}</p>
            </EmptyState>
          ) : (
            GROUPS.map((group) => (
              <WorkGroup
                key={group.kind}
                kind={group.kind}
                items={queue.items.filter((item) => item.kind === group.kind)}
                total={queue.counts[group.count]}
                all={group.all}
                onOpen={openItem}
              />
            ))
          )}
        </>
      )}
    </>
  );
}

interface WorkGroupProps {
  kind: WorkItemKind;
  items: WorkQueueItem[];
  total: number;
  all?: string;
  onOpen: (item: WorkQueueItem) => void;
}

function WorkGroup({ kind, items, total, all, onOpen }: WorkGroupProps) {
  const t = useT();
  const headingId = useId();
  if (items.length === 0) return null;
  const more = total - items.length;
  return (
    <section className="work-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="work-group__title">
        {t(`workQueue.group.${kind}`)}
        <span className="work-group__count">
          {t(kind === 'NOTIFICATION' ? 'workQueue.notificationCount' : 'workQueue.groupCount', { count: total })}
        </span>
      </h2>
      <ul className="work-list">
        {items.map((item) => (
          <WorkItemEntry key={item.id} item={item} onOpen={onOpen} />
        ))}
      </ul>
      {more > 0 &&
        (all ? (
          <Link to={all} className="work-group__more">
            {t('workQueue.more', { count: more })}
          </Link>
        ) : (
          <p className="muted">{t('workQueue.moreNotifications', { count: more })}</p>
        ))}
    </section>
  );
}
