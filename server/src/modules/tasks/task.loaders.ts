import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../../shared/loaders';
import { timelinesOf, type TimelineEntry } from '../events';
import { progressReportsOf } from './task.queries';
import type { ProgressReportView } from './task.views';

export const TASK_AGGREGATE = 'TASK';

export const taskTimelines = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, TimelineEntry[]>(async (ids) => {
    const byTask = await timelinesOf(combined, TASK_AGGREGATE, ids);
    return ids.map((id) => byTask.get(id) ?? []);
  });

export const taskProgressReports = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, ProgressReportView[]>(async (ids) => {
    const byTask = await progressReportsOf(combined, ids);
    return ids.map((id) => byTask.get(id) ?? []);
  });
