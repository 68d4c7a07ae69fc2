import { Link } from 'react-router';
import { formatDateTime } from '../../kit/format';
import { serverMessageLocale, useLocale, useT } from '../../kit/i18n';
import { notificationKindLabel, notificationPath, notificationText } from './notification-labels';
import type { NotificationItem } from './notifications.operations';

interface NotificationEntryProps {
  notification: NotificationItem;
  onSelect: (notification: NotificationItem) => void;
}

/** One line: the server's message (in the user's language when the client knows its key), then the kind, how many events it groups, and when. */
export function NotificationEntry({ notification, onSelect }: NotificationEntryProps) {
  const t = useT();
  const { locale } = useLocale();
  const path = notificationPath(notification);
  const text = notificationText(notification);
  const content = (
    <>
      <span className="notification__message" lang={serverMessageLocale(locale, text)}>
        {t(text)}
      </span>
      {!notification.read && <span className="visually-hidden">{t('notifications.unreadMark')}</span>}
      <span className="notification__meta">
        <span className="notification__kind">{t(notificationKindLabel(notification.kind))}</span>
        {notification.count > 1 && <span>{t('notifications.updates', { count: notification.count })}</span>}
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </span>
    </>
  );
  return (
    <li className={notification.read ? 'notification' : 'notification notification--unread'}>
      {path ? (
        <Link to={path} className="notification__target" onClick={() => onSelect(notification)}>
          {content}
        </Link>
      ) : (
        <button type="button" className="notification__target" onClick={() => onSelect(notification)}>
          {content}
        </button>
      )}
    </li>
  );
}
