import { registerEnumType } from 'type-graphql';
import { TaskAction, TaskStatus } from './task-status';

/** Đột phá / trọng tâm / thường xuyên. "Specialised" tasks (chuyên môn) are everything but BREAKTHROUGH. */
export enum TaskCategory {
  BREAKTHROUGH = 'BREAKTHROUGH',
  KEY = 'KEY',
  ROUTINE = 'ROUTINE',
}

/** The four official groups of the quarterly report, judged as of a date. */
export enum TaskGroup {
  COMPLETED_ON_TIME = 'COMPLETED_ON_TIME',
  COMPLETED_LATE = 'COMPLETED_LATE',
  NOT_DONE_WITHIN_DEADLINE = 'NOT_DONE_WITHIN_DEADLINE',
  NOT_DONE_OVERDUE = 'NOT_DONE_OVERDUE',
}

registerEnumType(TaskCategory, {
  name: 'TaskCategory',
  description: 'BREAKTHROUGH: đột phá; KEY: trọng tâm; ROUTINE: thường xuyên',
});
registerEnumType(TaskGroup, {
  name: 'TaskGroup',
  description: 'Hoàn thành đúng hạn / hoàn thành quá hạn / chưa hoàn thành trong hạn / chưa hoàn thành quá hạn',
});
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskAction, { name: 'TaskAction' });
