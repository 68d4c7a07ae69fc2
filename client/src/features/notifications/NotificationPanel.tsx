import { useEffect, useId, useRef } from 'react';
import { errorCode } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { EmptyState, ErrorState, LoadingState } from '../../kit/ui/states';
import { NotificationEntry } from './NotificationEntry';
import { notificationPath } from './notification-labels';
import type { NotificationItem } from './notifications.operations';
import { useNotificationList, type NotificationListState } from './useNotificationList';
import type { UnreadCount } from './useUnreadCount';

interface NotificationPanelProps {
  id: string;
  unread: UnreadCount;
  onUnreadCount: (count: number) => void;
  onClose: () => void;
}

/** The bell's popover; it exists only while open, so every opening reads the list afresh. */
export function NotificationPanel({ id, unread, onUnreadCount, onClose }: NotificationPanelProps) {
  const t = useT();
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const { state, loadMore, retry, markRead, marking } = useNotificationList(unread.version, onUnreadCount);

  useEffect(() => panel.current?.focus(), []);

  const select = (notification: NotificationItem) => {
    if (!notification.read) void markRead([notification.id]);
    if (notificationPath(notification)) onClose();
  };

  return (
    <div id={id} ref={panel} className="notification-panel" role="dialog" aria-labelledby={headingId} tabIndex={-1}>
      <div className="notification-panel__head">
        <h2 id={headingId}>{t('notifications.title')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => void markRead(null)}
          disabled={marking || unread.count === 0}
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      <PanelBody state={state} onRetry={retry} onMore={loadMore} onSelect={select} />
    </div>
  );
}

interface PanelBodyProps {
  state: NotificationListState;
  onRetry: () => void;
  onMore: () => void;
  onSelect: (notification: NotificationItem) => void;
}

function PanelBody({ state, onRetry, onMore, onSelect }: PanelBodyProps) {
  const t = useT();
  if (state.status === 'loading') return <LoadingState label={t('notifications.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={onRetry} />;
  if (state.rows.length === 0) return <EmptyState title={t('notifications.empty')} />;
  return (
    <>
      {state.error && (
        <p className="alert" role="alert">
          {t(`error.${errorCode(state.error)}`)}
        </p>
      )}
      <ul className="notification-list">
        {state.rows.map((notification) => (
          <NotificationEntry key={notification.id} notification={notification} onSelect={onSelect} />
        ))}
      </ul>
      {state.hasNextPage && (
        <button
          type="button"
          className="button button--secondary button--block"
          onClick={onMore}
          disabled={state.loadingMore}
        >
          {state.loadingMore ? t('notifications.loadingMore') : t('notifications.loadMore')}
        </button>
      )}
    </>
  );
}
