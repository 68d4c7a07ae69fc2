import { createContext, useContext, type ReactNode } from 'react';
import { useLiveWorkQueue, type LiveWorkQueue } from './useLiveWorkQueue';
import type { WorkQueueCounts } from './work-queue.operations';

const WorkQueueContext = createContext<LiveWorkQueue | null>(null);

/**
 * One live work queue for the signed-in shell: the navigation's counts and the home page read the
 * same query and the same feeds, so moving between pages neither re-subscribes nor re-reads.
 */
export function WorkQueueProvider({ children }: { children: ReactNode }) {
  const live = useLiveWorkQueue();
  return <WorkQueueContext.Provider value={live}>{children}</WorkQueueContext.Provider>;
}

export function useWorkQueue(): LiveWorkQueue {
  const live = useContext(WorkQueueContext);
  if (!live) throw new Error('useWorkQueue needs a <WorkQueueProvider> (the signed-in shell)');
  return live;
}

/** The sections' counts for the navigation's badges; undefined until read (or when the read failed). */
export function useWorkQueueCounts(): WorkQueueCounts | undefined {
  return useContext(WorkQueueContext)?.data?.workQueue.counts;
}
