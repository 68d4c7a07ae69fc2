import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { feed, useFeed } from '../../kit/useEventStream';
import {
  WorkQueueNotificationTicks,
  WorkQueueProposalCursorQuery,
  WorkQueueProposalFeedSubscription,
  WorkQueueQuery,
  WorkQueueRequestCursorQuery,
  WorkQueueRequestFeedSubscription,
  WorkQueueTaskCursorQuery,
  WorkQueueTaskFeedSubscription,
  type WorkQueueData,
} from './work-queue.operations';

// Any change the viewer may see to a request, proposal or task (conclusions published and
// directives given arrive as task and request events) may change the queue.
const REQUEST_FEED = feed({
  cursorQuery: WorkQueueRequestCursorQuery,
  cursor: (data) => data.requestEventCursor,
  subscription: WorkQueueRequestFeedSubscription,
  event: (data) => data.requestFeed,
});
const PROPOSAL_FEED = feed({
  cursorQuery: WorkQueueProposalCursorQuery,
  cursor: (data) => data.proposalEventCursor,
  subscription: WorkQueueProposalFeedSubscription,
  event: (data) => data.proposalFeed,
});
const TASK_FEED = feed({
  cursorQuery: WorkQueueTaskCursorQuery,
  cursor: (data) => data.taskEventCursor,
  subscription: WorkQueueTaskFeedSubscription,
  event: (data) => data.taskFeed,
});

/** A burst of events (a conclusion published creates several tasks) costs one re-read, not one each. */
export const WORK_QUEUE_COALESCE_MS = 300;

export interface LiveWorkQueue {
  data: WorkQueueData | undefined;
  fetching: boolean;
  error?: CombinedError;
  /** Reads the queue again now. */
  refresh: () => void;
}

/** Calls `changed` (coalesced) on every tick of the unread count after the first (the count on subscribe). */
function useNotificationTicks(changed: () => void): void {
  const client = useClient();
  const latest = useRef(changed);
  useEffect(() => {
    latest.current = changed;
  });
  useEffect(() => {
    let first = true;
    const { unsubscribe } = client.subscription(WorkQueueNotificationTicks, {}).subscribe((result) => {
      if (!result.data) return;
      if (first) first = false;
      else latest.current();
    });
    return unsubscribe;
  }, [client]);
}

/**
 * The viewer's work queue, live: read once the three feeds know where they start (so nothing that
 * happens in between is missed), then read again from the server after each burst of changes.
 */
export function useLiveWorkQueue(): LiveWorkQueue {
  const [refreshCount, setRefreshCount] = useState(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  const changed = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      setRefreshCount((count) => count + 1);
    }, WORK_QUEUE_COALESCE_MS);
  }, []);

  const requestsReady = useFeed(REQUEST_FEED, changed);
  const proposalsReady = useFeed(PROPOSAL_FEED, changed);
  const tasksReady = useFeed(TASK_FEED, changed);
  useNotificationTicks(changed);

  // The first read goes to the server anyway (each sign-in has a new client, so an empty cache);
  // 'network-only' here would send it twice, as urql reads a paused-then-started query once while
  // rendering and again when it subscribes.
  const [result, reexecute] = useQuery({
    query: WorkQueueQuery,
    pause: !(requestsReady && proposalsReady && tasksReady),
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const handled = useRef(refreshCount);
  useEffect(() => {
    if (handled.current === refreshCount) return;
    handled.current = refreshCount;
    refresh();
  }, [refreshCount, refresh]);

  return { data: result.data, fetching: result.fetching, error: result.error, refresh };
}
