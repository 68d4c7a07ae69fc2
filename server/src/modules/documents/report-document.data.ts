import type { EntityManager } from '@mikro-orm/postgresql';
import { provinceDate } from '../../shared/clock';
import type { EventBus } from '../../shared/event-bus';
import type { Viewer } from '../../shared/viewer';
import {
  QuarterService,
  quarterEnd,
  TaskGroup,
  TaskService,
  type Quarter,
  type QuarterStatistics,
  type TaskView,
} from '../tasks';

/** The unfinished tasks a printed report lists at most (a province's quarter has a few hundred). */
const MAX_UNFINISHED = 500;
const PAGE = 100;

export interface ReportDocumentData {
  stats: QuarterStatistics;
  unfinished: TaskView[];
}

/**
 * The report page's data, with its authorisation: the statistics as `viewer` may read them (an
 * agency's own, a unit's for its leaders, the province for the Committee), as of `asOf` or, by
 * default, the quarter's last day (today while the quarter runs).
 */
export async function loadReportDocument(
  em: EntityManager,
  bus: EventBus,
  viewer: Viewer,
  period: Quarter,
  agencyId: string | null,
  asOf: string | null,
  today: string = provinceDate(),
): Promise<ReportDocumentData> {
  const end = quarterEnd(period);
  const stats = await new QuarterService(em, bus).statistics(
    viewer,
    period,
    asOf ?? (end < today ? end : null),
    agencyId,
  );
  const tasks = new TaskService(em, bus);
  const unfinished: TaskView[] = [];
  let after: string | null = null;
  do {
    const page = await tasks.list(
      viewer,
      {
        period,
        ownerAgencyId: stats.agency?.id ?? null,
        groups: [TaskGroup.NOT_DONE_WITHIN_DEADLINE, TaskGroup.NOT_DONE_OVERDUE],
        asOf: stats.asOf,
      },
      PAGE,
      after,
    );
    unfinished.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && unfinished.length < MAX_UNFINISHED);
  return { stats, unfinished };
}
