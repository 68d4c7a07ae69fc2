import { Link } from 'react-router';
import { formatDateTime, formatLocalDate } from '../../kit/format';
import { serverMessageLocale, useLocale, useT, type ServerMessage } from '../../kit/i18n';
import type { WorkQueueItem } from './work-queue.operations';

/** The server's reason, rendered in the user's language when the client knows its key. */
export function reasonOf(item: WorkQueueItem): ServerMessage {
  return {
    text: item.message,
    key: item.messageKey,
    params: Object.fromEntries(item.messageParams.map(({ name, value }) => [name, value])),
  };
}

interface WorkItemEntryProps {
  item: WorkQueueItem;
  /** Called when the official opens the item (a notification is then marked read). */
  onOpen?: (item: WorkQueueItem) => void;
}

/** One thing to do: the record (a link to the page where it is done), why it is here, and its deadline. */
export function WorkItemEntry({ item, onOpen }: WorkItemEntryProps) {
  const t = useT();
  const { locale } = useLocale();
  const reason = reasonOf(item);
  const isNotification = item.kind === 'NOTIFICATION';
  const title = isNotification ? t(reason) : item.record.title;
  const heading = (
    <>
      {!isNotification && item.record.code && (
        <>
          <span className="work-item__code">{item.record.code}</span>{' '}
        </>
      )}
      <span lang={isNotification ? serverMessageLocale(locale, reason) : undefined}>{title}</span>
    </>
  );
  return (
    <li className={item.overdue ? 'work-item work-item--overdue' : 'work-item'}>
      <div className="work-item__main">
        {item.path ? (
          <Link to={item.path} className="work-item__title" onClick={() => onOpen?.(item)}>
            {heading}
          </Link>
        ) : (
          <span className="work-item__title">{heading}</span>
        )}
        {isNotification ? (
          <time className="work-item__when muted" dateTime={item.since}>
            {formatDateTime(item.since)}
          </time>
        ) : (
          <p className="work-item__reason" lang={serverMessageLocale(locale, reason)}>
            {t(reason)}
          </p>
        )}
      </div>
      {(item.dueDate || item.overdue || item.dueSoon) && (
        <div className="work-item__due">
          {item.overdue ? (
            <span className="overdue-badge">{t('workQueue.overdue')}</span>
          ) : (
            item.dueSoon && <span className="due-soon-badge">{t('workQueue.dueSoon')}</span>
          )}
          {item.dueDate && (
            <time dateTime={item.dueDate} className="muted">
              {t('workQueue.due', { date: formatLocalDate(item.dueDate) })}
            </time>
          )}
        </div>
      )}
    </li>
  );
}
