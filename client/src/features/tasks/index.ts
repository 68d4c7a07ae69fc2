// The tasks feature's one door: its pages, and what meetings reuse to write directives as tasks
// (categories and their label).
export { AssignTaskPage } from './AssignTaskPage';
export { TASK_CATEGORIES } from './task-options';
export { CategoryLabel } from './TaskBadges';
export { TaskListPage } from './TaskListPage';
export { TaskPageRoute } from './TaskPage';
