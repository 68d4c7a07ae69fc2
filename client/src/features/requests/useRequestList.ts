import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import type { RequestFilter, RequestSort } from '../../gql/graphql';
import { RequestListQuery, type RequestListItem } from './requests.operations';

export const PAGE_SIZE = 25;

export interface ListQuery {
  filter: RequestFilter;
  sort: RequestSort;
}

export type ListState =
  | { status: 'loading' }
  | { status: 'error'; error?: CombinedError }
  | {
      status: 'ready';
      rows: RequestListItem[];
      hasNextPage: boolean;
      endCursor: string | null;
      loadingMore: boolean;
      /** A background refresh or "load more" failed; the rows shown are the last good ones. */
      error?: CombinedError;
    };

type PagesResult =
  | { ok: true; rows: RequestListItem[]; hasNextPage: boolean; endCursor: string | null }
  | { ok: false; error?: CombinedError };

/**
 * `pages` keyset pages from `after`. Always from the network: the list is live, and a stale cached
 * page would hide changes that happened while the viewer was on another page.
 */
async function fetchPages(client: Client, query: ListQuery, after: string | null, pages: number): Promise<PagesResult> {
  const rows: RequestListItem[] = [];
  let cursor = after;
  for (let page = 0; page < pages; page++) {
    const variables = { ...query, first: PAGE_SIZE, after: cursor };
    const { data, error } = await client.query(RequestListQuery, variables, { requestPolicy: 'network-only' }).toPromise();
    if (error || !data) return { ok: false, error };
    rows.push(...data.requests.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = data.requests.pageInfo;
    cursor = endCursor ?? null;
    if (!hasNextPage || page === pages - 1) return { ok: true, rows, hasNextPage, endCursor: cursor };
  }
  return { ok: true, rows, hasNextPage: false, endCursor: cursor };
}

/**
 * The request list for `query` (null: wait), page by page. `refresh` reloads as many pages as
 * are shown, keeping them on screen meanwhile; bursts of refreshes collapse into one extra run.
 */
export function useRequestList(query: ListQuery | null) {
  const client = useClient();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const latestQuery = useRef(query);
  const latestState = useRef(state);
  const ticket = useRef(0);
  const pagesShown = useRef(1);
  const refreshing = useRef(false);
  const refreshAgain = useRef(false);
  const queryKey = query && JSON.stringify(query);

  useEffect(() => {
    latestQuery.current = query;
    latestState.current = state;
  });

  /** Loads the first `pages` pages; a newer load (or a changed query) supersedes this one. */
  const load = useCallback(
    async (pages: number, background: boolean) => {
      const current = latestQuery.current;
      if (!current) return;
      const mine = ++ticket.current;
      const result = await fetchPages(client, current, null, pages);
      if (mine !== ticket.current) return;
      if (result.ok) {
        setState({ status: 'ready', ...result, loadingMore: false });
      } else if (background) {
        setState((prev) => (prev.status === 'ready' ? { ...prev, error: result.error } : { status: 'error', error: result.error }));
      } else {
        setState({ status: 'error', error: result.error });
      }
    },
    [client],
  );

  useEffect(() => {
    if (!queryKey) return;
    pagesShown.current = 1;
    setState({ status: 'loading' });
    void load(1, false);
    return () => {
      ticket.current++; // a load for the old query must not land
    };
  }, [queryKey, load]);

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
    const current = latestQuery.current;
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
