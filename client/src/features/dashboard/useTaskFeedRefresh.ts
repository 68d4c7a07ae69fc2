import { useEffect, useRef, useState } from 'react';
import type { OperationContext } from 'urql';
import { feed, useFeed } from '../../kit/useEventStream';
import { DashboardTaskEventCursorQuery, DashboardTaskFeedSubscription } from './dashboard.operations';

const DASHBOARD_TASK_FEED = feed({
  cursorQuery: DashboardTaskEventCursorQuery,
  cursor: (data) => data.taskEventCursor,
  subscription: DashboardTaskFeedSubscription,
  event: (data) => data.taskFeed,
});

/** A burst of events (a quarter closed, a conclusion published) costs one refetch, not one each. */
export const REFRESH_COALESCE_MS = 300;

export interface TaskFeedRefresh {
  /** The feed's starting point is known: the figures may be read now without missing a change. */
  ready: boolean;
  /** Goes up once per burst of task events. */
  refreshCount: number;
}

/**
 * Counts bursts of changes to any task the viewer may read (taskFeed, from taskEventCursor on, so
 * nothing between reading the figures and subscribing is lost; resumed after a reconnect).
 */
export function useTaskFeedRefresh(): TaskFeedRefresh {
  const [refreshCount, setRefreshCount] = useState(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  const ready = useFeed(DASHBOARD_TASK_FEED, () => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      setRefreshCount((count) => count + 1);
    }, REFRESH_COALESCE_MS);
  });
  return { ready, refreshCount };
}

/** Reads a query again from the server whenever `refreshCount` goes up. */
export function useRefetchOn(refreshCount: number, reexecute: (context?: Partial<OperationContext>) => void): void {
  const handled = useRef(refreshCount);
  useEffect(() => {
    if (handled.current === refreshCount) return;
    handled.current = refreshCount;
    reexecute({ requestPolicy: 'network-only' });
  }, [refreshCount, reexecute]);
}
