import { useEffect, useState } from 'react';
import { useClient, type CombinedError, type OperationResult } from 'urql';
import type { DashboardTasksQuery as DashboardTasksQueryResult, TaskFilter } from '../../gql/graphql';
import { DashboardTasksQuery, type TaskRow } from './dashboard.operations';

const PAGE_SIZE = 100; // the API's cap
export const MAX_REPORT_TASKS = 2000;

export interface AllTasks {
  rows: TaskRow[];
  /** More tasks match than MAX_REPORT_TASKS */
  truncated: boolean;
  error?: CombinedError;
}

/** Every task matching `filter`, page after page (a report lists them all); undefined while loading. */
export function useAllTasks(filter: TaskFilter): AllTasks | undefined {
  const client = useClient();
  const key = JSON.stringify(filter);
  const [result, setResult] = useState<{ key: string; tasks: AllTasks }>();

  useEffect(() => {
    let active = true;
    const load = async (): Promise<AllTasks> => {
      const rows: TaskRow[] = [];
      let after: string | null = null;
      for (;;) {
        const page: OperationResult<DashboardTasksQueryResult> = await client
          .query(
            DashboardTasksQuery,
            { filter: JSON.parse(key) as TaskFilter, first: PAGE_SIZE, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (!page.data) return { rows, truncated: false, error: page.error };
        rows.push(...page.data.tasks.edges.map((edge) => edge.node));
        const { hasNextPage, endCursor } = page.data.tasks.pageInfo;
        if (!hasNextPage) return { rows, truncated: false };
        if (rows.length >= MAX_REPORT_TASKS) return { rows, truncated: true };
        after = endCursor ?? null;
      }
    };
    void load().then((tasks) => {
      if (active) setResult({ key, tasks });
    });
    return () => {
      active = false;
    };
  }, [client, key]);

  return result?.key === key ? result.tasks : undefined;
}
