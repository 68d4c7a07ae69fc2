// The work queue feature's one door: the home page, and the live queue the shell provides (its
// counts are the navigation's badges). The shell imports it statically: the queue is live on every
// page, and its page is the first one shown after sign-in.
export { WorkQueuePage } from './WorkQueuePage';
export { useWorkQueueCounts, WorkQueueProvider } from './WorkQueueProvider';
export type { WorkQueueCounts } from './work-queue.operations';
