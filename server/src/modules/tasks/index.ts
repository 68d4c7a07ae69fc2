export { QuarterClosure, TaskCompletion, TaskProgressReport } from './task-records.entity';
export { Task } from './task.entity';
export { TaskCategory, TaskGroup } from './task-enums';
export { ProposalTaskLinksResolver, RequestTaskLinksResolver, TaskResolver } from './task.resolver';
export { TaskService } from './task.service';
export type { AssignmentDraft, Today } from './task.service';
export { quarterEnd, quarterLabel, quarterOf, QuarterInput, QuarterView } from './quarter';
export type { Quarter } from './quarter';
export { TASK_AGGREGATE } from './task.loaders';
