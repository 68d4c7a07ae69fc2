import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type Client, type CombinedError, type TypedDocumentNode } from 'urql';

// One "load more" list machine for every live keyset-paged list (requests, tasks), so the
// paging, refresh and race rules are written — and fixed — once.

/** A keyset connection as the API returns it. */
export interface Connection<Row> {
  edges: readonly { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The variables every keyset list query takes; the hook sets them. */
export interface PageVariables {
  first: number;
  after?: string | null;
}

/** A list query's own variables (its filter, its sort). */
export type ListVariables<Vars extends PageVariables> = Omit<Vars, keyof PageVariables>;

export interface KeysetList<Data, Vars extends PageVariables, Row> {
  document: TypedDocumentNode<Data, Vars>;
  /** The connection inside an answer. */
  connection: (data: Data) => Connection<Row>;
  pageSize: number;
}

/** Describes a list for useKeysetList: its query, where the connection is in an answer, its page size. */
export function keysetList<Data, Vars extends PageVariables, Row>(
  document: TypedDocumentNode<Data, Vars>,
  connection: (data: Data) => Connection<Row>,
  pageSize: number,
): KeysetList<Data, Vars, Row> {
  return { document, connection, pageSize };
}

export type KeysetListState<Row> =
  | { status: 'loading' }
  | { status: 'error'; error?: CombinedError }
  | {
      status: 'ready';
      rows: Row[];
      hasNextPage: boolean;
      endCursor: string | null;
      loadingMore: boolean;
      /** A background refresh or "load more" failed; the rows shown are the last good ones. */
      error?: CombinedError;
    };

type PagesResult<Row> =
  { ok: true; rows: Row[]; hasNextPage: boolean; endCursor: string | null } | { ok: false; error?: CombinedError };

/**
 * `pages` keyset pages from `after`. Always from the network: the list is live, and a stale cached
 * page would hide changes that happened while the viewer was on another page.
 */
async function fetchPages<Data, Vars extends PageVariables, Row>(
  client: Client,
  list: KeysetList<Data, Vars, Row>,
  vars: ListVariables<Vars>,
  after: string | null,
  pages: number,
): Promise<PagesResult<Row>> {
  const rows: Row[] = [];
  let cursor = after;
  for (let page = 0; page < pages; page++) {
    const variables = { ...vars, first: list.pageSize, after: cursor } as Vars;
    const { data, error } = await client.query(list.document, variables, { requestPolicy: 'network-only' }).toPromise();
    if (error || !data) return { ok: false, error };
    const { edges, pageInfo } = list.connection(data);
    rows.push(...edges.map((edge) => edge.node));
    cursor = pageInfo.endCursor ?? null;
    if (!pageInfo.hasNextPage || page === pages - 1)
      return { ok: true, rows, hasNextPage: pageInfo.hasNextPage, endCursor: cursor };
  }
  return { ok: true, rows, hasNextPage: false, endCursor: cursor };
}

/**
 * The list `list` for `vars` (null: wait), page by page. `refresh` reloads as many pages as are
 * shown, keeping them on screen meanwhile; bursts of refreshes collapse into one extra run.
 * `list` is expected to be a constant.
 */
export function useKeysetList<Data, Vars extends PageVariables, Row>(
  list: KeysetList<Data, Vars, Row>,
  vars: ListVariables<Vars> | null,
) {
  const client = useClient();
  const [state, setState] = useState<KeysetListState<Row>>({ status: 'loading' });
  const latestVars = useRef(vars);
  const latestState = useRef(state);
  const ticket = useRef(0);
  const pagesShown = useRef(1);
  const refreshing = useRef(false);
  const refreshAgain = useRef(false);
  const varsKey = vars && JSON.stringify(vars);

  useEffect(() => {
    latestVars.current = vars;
    latestState.current = state;
  });

  /** Loads the first `pages` pages; a newer load (or changed variables) supersedes this one. */
  const load = useCallback(
    async (pages: number, background: boolean) => {
      const current = latestVars.current;
      if (!current) return;
      const mine = ++ticket.current;
      const result = await fetchPages(client, list, current, null, pages);
      if (mine !== ticket.current) return;
      if (result.ok) {
        setState({ status: 'ready', ...result, loadingMore: false });
      } else if (background) {
        setState((prev) =>
          prev.status === 'ready' ? { ...prev, error: result.error } : { status: 'error', error: result.error },
        );
      } else {
        setState({ status: 'error', error: result.error });
      }
    },
    [client, list],
  );

  useEffect(() => {
    if (!varsKey) return;
    pagesShown.current = 1;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- new variables show loading until their first page lands
    setState({ status: 'loading' });
    void load(1, false);
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- a load counter, not a DOM node: the latest value is wanted
      ticket.current++; // a load for the old variables must not land
    };
  }, [varsKey, load]);

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
    const current = latestVars.current;
    const shown = latestState.current;
    if (!current || shown.status !== 'ready' || !shown.hasNextPage || shown.loadingMore) return;
    const mine = ++ticket.current;
    setState({ ...shown, loadingMore: true, error: undefined });
    const result = await fetchPages(client, list, current, shown.endCursor, 1);
    if (mine !== ticket.current) return;
    if (result.ok) {
      pagesShown.current++;
      setState({ status: 'ready', ...result, rows: [...shown.rows, ...result.rows], loadingMore: false });
    } else {
      setState({ ...shown, loadingMore: false, error: result.error });
    }
  }, [client, list]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    void load(pagesShown.current, false);
  }, [load]);

  return { state, refresh, loadMore, retry };
}
