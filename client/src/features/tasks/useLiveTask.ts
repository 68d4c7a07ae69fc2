import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import type { TaskChangedSubscription as TaskChangedResult } from '../../gql/graphql';
import { fresher, latestEventId } from '../requests/request-events';
import { useEventStream } from '../requests/useRequestEvents';
import { TaskChangedSubscription, TaskDetailQuery, type TaskDetail } from './tasks.operations';

export type TaskChange = TaskChangedResult['taskChanged'];

/**
 * One task, kept current from the query, the answer to the user's own action and live events
 * (`taskChanged` after the newest timeline event on screen); the newest one wins.
 */
export function useLiveTask(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TaskDetailQuery, variables: { id } });
  const [pushed, setPushed] = useState<TaskDetail>();
  const [lastChange, setLastChange] = useState<TaskChange>();
  const task = fresher(data?.task, pushed);

  const accept = useCallback((next: TaskDetail) => setPushed((current) => fresher(current, next)), []);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEventStream({
    query: TaskChangedSubscription,
    variables: (after) => ({ id, after }),
    startAfter: task ? latestEventId(task.timeline) : undefined,
    eventId: (result) => result.taskChanged.event.id,
    onEvent: (result) => {
      setLastChange(result.taskChanged);
      accept(result.taskChanged.task);
    },
  });

  return { task, fetching, error, accept, reload, lastChange };
}
