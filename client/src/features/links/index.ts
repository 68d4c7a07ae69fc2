// The links between records, one door: how a request, proposal or task shows and picks the
// requests and tasks linked to it. It imports no other feature, so requests, proposals and tasks
// can all show each other without importing each other.
export { LinkedRequestPicker } from './LinkedRequestPicker';
export { LinkedRequests } from './LinkedRequests';
export { LinkedTasks, TaskRefLink } from './LinkedTasks';
export { TaskPicker, type TaskOption } from './TaskPicker';
export { TaskStatusBadge } from './TaskStatusBadge';
