import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { NotificationCountSubscription } from './notifications.operations';

export interface UnreadCount {
  /** undefined until the server's first answer */
  count: number | undefined;
  /** Bumped by every answer, even an unchanged count: a grouped line may have been updated. */
  version: number;
}

/**
 * The viewer's unread count, live. The subscription needs no resume logic: the server sends the
 * current count on every (re)subscribe. `accept` also takes the count returned by the viewer's own
 * "mark read", which may arrive first.
 */
export function useUnreadCount(): [UnreadCount, (count: number) => void] {
  const client = useClient();
  const [unread, setUnread] = useState<UnreadCount>({ count: undefined, version: 0 });
  const accept = useCallback((count: number) => setUnread(({ version }) => ({ count, version: version + 1 })), []);

  useEffect(() => {
    const { unsubscribe } = client.subscription(NotificationCountSubscription, {}).subscribe((result) => {
      if (result.data) accept(result.data.notificationCountChanged);
    });
    return unsubscribe;
  }, [client, accept]);

  return [unread, accept];
}
