import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { timelinesOf, type TimelineEntry } from '../events';
import { progressReportsOf } from './task.queries';
import type { ProgressReportView } from './task.views';

export const TASK_AGGREGATE = 'TASK';

export const taskTimelines = (em: EntityManager) =>
  new DataLoader<string, TimelineEntry[]>(async (ids) => {
    const byTask = await timelinesOf(em, TASK_AGGREGATE, ids);
    return ids.map((id) => byTask.get(id) ?? []);
  });

export const taskProgressReports = (em: EntityManager) =>
  new DataLoader<string, ProgressReportView[]>(async (ids) => {
    const byTask = await progressReportsOf(em, ids);
    return ids.map((id) => byTask.get(id) ?? []);
  });
