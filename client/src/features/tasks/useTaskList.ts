import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import type { TaskFilter } from '../../gql/graphql';
import { TaskListQuery, type TaskListItem } from './tasks.operations';

export const TASK_PAGE_SIZE = 50;

export type TaskListState =
  | { status: 'loading' }
  | { status: 'error'; error?: CombinedError }
  | {
      status: 'ready';
      rows: TaskListItem[];
      hasNextPage: boolean;
      endCursor: string | null;
      loadingMore: boolean;
      /** A background refresh or "load more" failed; the rows shown are the last good ones. */
      error?: CombinedError;
    };

type PagesResult =
  | { ok: true; rows: TaskListItem[]; hasNextPage: boolean; endCursor: string | null }
  | { ok: false; error?: CombinedError };

/** `pages` keyset pages from `after`, always from the network: the list is live. */
async function fetchPages(client: Client, filter: TaskFilter, after: string | null, pages: number): Promise<PagesResult> {
  const rows: TaskListItem[] = [];
  let cursor = after;
  for (let page = 0; page < pages; page++) {
    const variables = { filter, first: TASK_PAGE_SIZE, after: cursor };
    const { data, error } = await client.query(TaskListQuery, variables, { requestPolicy: 'network-only' }).toPromise();
    if (error || !data) return { ok: false, error };
    rows.push(...data.tasks.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = data.tasks.pageInfo;
    cursor = endCursor ?? null;
    if (!hasNextPage || page === pages - 1) return { ok: true, rows, hasNextPage, endCursor: cursor };
  }
  return { ok: true, rows, hasNextPage: false, endCursor: cursor };
}

/**
 * The task list for `filter` (null: wait), page by page, the way useRequestList does it: `refresh`
 * reloads as many pages as are shown, keeping them on screen; bursts of refreshes collapse into one.
 */
export function useTaskList(filter: TaskFilter | null) {
  const client = useClient();
  const [state, setState] = useState<TaskListState>({ status: 'loading' });
  const latestFilter = useRef(filter);
  const latestState = useRef(state);
  const ticket = useRef(0);
  const pagesShown = useRef(1);
  const refreshing = useRef(false);
  const refreshAgain = useRef(false);
  const filterKey = filter && JSON.stringify(filter);

  useEffect(() => {
    latestFilter.current = filter;
    latestState.current = state;
  });

  const load = useCallback(
    async (pages: number, background: boolean) => {
      const current = latestFilter.current;
      if (!current) return;
      const mine = ++ticket.current;
      const result = await fetchPages(client, current, null, pages);
      if (mine !== ticket.current) return;
      if (result.ok) setState({ status: 'ready', ...result, loadingMore: false });
      else if (background) setState((prev) => (prev.status === 'ready' ? { ...prev, error: result.error } : { status: 'error', error: result.error }));
      else setState({ status: 'error', error: result.error });
    },
    [client],
  );

  useEffect(() => {
    if (!filterKey) return;
    pagesShown.current = 1;
    setState({ status: 'loading' });
    void load(1, false);
    return () => {
      ticket.current++; // a load for the old filter must not land
    };
  }, [filterKey, load]);

  const refresh = useCallback(async () => {
    if (refreshing.current) {
      refreshAgain.current = true;
      return;
    }
    refreshing.current = true;
    try {
      do {
        refreshAgain.current = false;
        await load(pagesShown.current, true);
      } while (refreshAgain.current);
    } finally {
      refreshing.current = false;
    }
  }, [load]);

  const loadMore = useCallback(async () => {
    const current = latestFilter.current;
    const shown = latestState.current;
    if (!current || shown.status !== 'ready' || !shown.hasNextPage || shown.loadingMore) return;
    const mine = ++ticket.current;
    setState({ ...shown, loadingMore: true, error: undefined });
    const result = await fetchPages(client, current, shown.endCursor, 1);
    if (mine !== ticket.current) return;
    if (result.ok) {
      pagesShown.current++;
      setState({ status: 'ready', ...result, rows: [...shown.rows, ...result.rows], loadingMore: false });
    } else {
      setState({ ...shown, loadingMore: false, error: result.error });
    }
  }, [client]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    void load(pagesShown.current, false);
  }, [load]);

  return { state, refresh, loadMore, retry };
}
