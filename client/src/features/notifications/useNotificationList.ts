import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { NotificationsQuery as NotificationsResult } from '../../gql/graphql';
import { MarkNotificationsReadMutation, NotificationsQuery, type NotificationItem } from './notifications.operations';

const PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100; // the server's limit

export type NotificationListState =
  | { status: 'loading' }
  | { status: 'error'; error?: CombinedError }
  | {
      status: 'ready';
      rows: NotificationItem[];
      hasNextPage: boolean;
      endCursor: string | null;
      loadingMore: boolean;
      /** A refresh, "load more" or "mark read" failed; the rows shown are the last good ones. */
      error?: CombinedError;
    };

function pageOf(data: NotificationsResult) {
  const { edges, pageInfo } = data.notifications;
  return {
    rows: edges.map((edge) => edge.node),
    hasNextPage: pageInfo.hasNextPage,
    endCursor: pageInfo.endCursor ?? null,
  };
}

/**
 * The viewer's notifications, newest first, page by page — always from the network. Whenever the
 * unread count is answered again (`countVersion`), what is shown is read again in one query: new
 * lines arrive at the top and a grouped line moves up, so older pages shift too. `onUnreadCount`
 * receives the count returned by "mark read".
 */
export function useNotificationList(countVersion: number, onUnreadCount: (count: number) => void) {
  const client = useClient();
  const [state, setState] = useState<NotificationListState>({ status: 'loading' });
  const [marking, setMarking] = useState(false);
  const latestState = useRef(state);
  const ticket = useRef(0);

  useEffect(() => {
    latestState.current = state;
  });

  const fetchPage = useCallback(
    (first: number, after: string | null) =>
      client.query(NotificationsQuery, { first, after }, { requestPolicy: 'network-only' }).toPromise(),
    [client],
  );

  /** Reads what is shown again (or the first page); a newer load supersedes this one. */
  const reload = useCallback(async () => {
    const shown = latestState.current;
    const background = shown.status === 'ready';
    const first = background ? Math.min(Math.max(shown.rows.length, PAGE_SIZE), MAX_PAGE_SIZE) : PAGE_SIZE;
    const mine = ++ticket.current;
    if (!background) setState({ status: 'loading' });
    const { data, error } = await fetchPage(first, null);
    if (mine !== ticket.current) return;
    if (data) setState({ status: 'ready', ...pageOf(data), loadingMore: false });
    else setState((prev) => (prev.status === 'ready' ? { ...prev, error } : { status: 'error', error }));
  }, [fetchPage]);

  useEffect(() => {
    void reload();
  }, [countVersion, reload]);

  const loadMore = useCallback(async () => {
    const shown = latestState.current;
    if (shown.status !== 'ready' || !shown.hasNextPage || shown.loadingMore) return;
    const mine = ++ticket.current;
    setState({ ...shown, loadingMore: true, error: undefined });
    const { data, error } = await fetchPage(PAGE_SIZE, shown.endCursor);
    if (mine !== ticket.current) return;
    if (data) {
      const next = pageOf(data);
      setState({ status: 'ready', ...next, rows: [...shown.rows, ...next.rows], loadingMore: false });
    } else {
      setState({ ...shown, loadingMore: false, error });
    }
  }, [fetchPage]);

  /** Marks these notifications read, or all of them (null); the lines turn read at once. */
  const markRead = useCallback(
    async (ids: string[] | null) => {
      setMarking(true);
      const { data, error } = await client
        .mutation(MarkNotificationsReadMutation, { input: ids ? { ids } : {} })
        .toPromise();
      setMarking(false);
      if (!data) {
        setState((prev) => (prev.status === 'ready' ? { ...prev, error } : prev));
        return;
      }
      onUnreadCount(data.markNotificationsRead.unreadCount);
      const isMarked = (row: NotificationItem) => ids === null || ids.includes(row.id);
      setState((prev) =>
        prev.status === 'ready'
          ? { ...prev, rows: prev.rows.map((row) => (isMarked(row) ? { ...row, read: true } : row)), error: undefined }
          : prev,
      );
    },
    [client, onUnreadCount],
  );

  return { state, loadMore, retry: reload, markRead, marking };
}
