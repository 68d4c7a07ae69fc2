import type { TaskFeedSubscription as TaskFeedResult } from '../../gql/graphql';
import { useEventStream, useFeedStart } from '../requests/useRequestEvents';
import { TaskEventCursorQuery, TaskFeedSubscription } from './tasks.operations';

export type TaskFeedEvent = TaskFeedResult['taskFeed'];

/**
 * Every change to any task the viewer may read, from `taskEventCursor` on (see useFeedStart).
 * Returns true once the starting point is known; load the list only after that.
 */
export function useTaskFeed(onEvent: (event: TaskFeedEvent) => void): boolean {
  const startAfter = useFeedStart(TaskEventCursorQuery, (data) => data.taskEventCursor);
  useEventStream({
    query: TaskFeedSubscription,
    variables: (after) => ({ after }),
    startAfter,
    eventId: (data) => data.taskFeed.event.id,
    onEvent: (data) => onEvent(data.taskFeed),
  });
  return startAfter !== undefined;
}
