export { WorkQueueResolver } from './work-queue.resolver';
