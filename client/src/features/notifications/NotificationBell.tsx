import { useCallback, useId, useRef, useState } from 'react';
import { useT } from '../../kit/i18n';
import { useDismiss } from '../../kit/ui/useDismiss';
import { badgeText } from './notification-labels';
import { NotificationPanel } from './NotificationPanel';
import { useUnreadCount } from './useUnreadCount';

/** The header's bell: the live unread count, and the recent notifications in a popover. */
export function NotificationBell() {
  const t = useT();
  const [unread, acceptUnreadCount] = useUnreadCount();
  const unreadCount = unread.count;
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const countId = useId();

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, container, (reason) => {
    setOpen(false);
    if (reason === 'escape') button.current?.focus();
  });

  return (
    <div className="notification-bell" ref={container}>
      <button
        ref={button}
        type="button"
        className="notification-bell__button"
        aria-label={t('notifications.title')}
        aria-describedby={unreadCount ? countId : undefined}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <BellIcon />
        {!!unreadCount && (
          // the count drawn by CSS (attr): text inside the button would have to be part of its name
          <span className="notification-bell__badge" aria-hidden="true" data-count={badgeText(unreadCount)} />
        )}
      </button>
      {/* outside the button too (WCAG 2.5.3, label in name); the button points to it */}
      {!!unreadCount && (
        <span id={countId} className="visually-hidden">
          {t('notifications.unread', { count: unreadCount })}
        </span>
      )}
      {open && <NotificationPanel id={panelId} unread={unread} onUnreadCount={acceptUnreadCount} onClose={close} />}
    </div>
  );
}

function BellIcon() {
  return (
    <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
    </svg>
  );
}
