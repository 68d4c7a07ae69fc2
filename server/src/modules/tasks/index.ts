export { QuarterClosure, TaskCompletion, TaskProgressReport } from './task-records.entity';
export { Task } from './task.entity';
export { TaskCategory, TaskGroup } from './task-enums';
export { ProposalTaskLinksResolver, RequestTaskLinksResolver, TaskResolver } from './task.resolver';
export { QuarterService } from './quarter.service';
export { TaskService } from './task.service';
export type { AssignmentDraft } from './task.service';
export { quarterEnd, quarterLabel, quarterOf, QuarterInput, QuarterView } from './quarter';
export type { Quarter } from './quarter';
export { TASK_AGGREGATE } from './task.loaders';
export { taskExportRoutes } from './task-export.routes';
export { isCommitteeLead } from './task.policy';
export { publishTaskChanges, recordTaskChanges } from './task-workflow';
export type {
  Change as TaskChange,
  PlannedNotification as PlannedTaskNotification,
  Recorded as TaskRecorded,
} from './task-workflow';
export { taskVisible } from './task.queries';
export { TASK_RULES, TaskAction } from './task-status';
export { CATEGORY_LABELS, DOMAIN_LABELS, GROUP_LABELS } from './task-labels';
export type { QuarterStatistics, GroupCounts } from './task-statistics.views';
export type { TaskView } from './task.views';
