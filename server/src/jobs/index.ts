export { enqueueJob, type JobSpec } from './enqueue';
export {
  startJobEngine,
  type JobEngine,
  type JobHandler,
  type JobSet,
  type JobSettings,
  type Schedule,
} from './job-engine';
export { everyMinutes } from './schedule';
