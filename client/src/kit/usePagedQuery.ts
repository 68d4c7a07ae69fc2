import { useCallback, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorCode, type ErrorCode } from './errors';
import type { KeysetList, ListVariables, PageVariables } from './useKeysetList';

// A keyset list whose first page is an ordinary (cached) query and whose "load more" pages are
// appended below it — written once for the lists that are not kept live page by page.

interface MorePages<Row> {
  rows: Row[];
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** `pause`: wait (e.g. until a live feed knows where it starts) before reading the first page. */
export function usePagedQuery<Data, Vars extends PageVariables, Row>(
  list: KeysetList<Data, Vars, Row>,
  vars: ListVariables<Vars>,
  { pause = false } = {},
) {
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: list.document,
    variables: { ...vars, first: list.pageSize } as Vars,
    requestPolicy: 'cache-and-network',
    pause,
  });
  const [more, setMore] = useState<MorePages<Row>>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorCode>();

  const first = data && list.connection(data);
  const rows = first ? [...first.edges.map((edge) => edge.node), ...(more?.rows ?? [])] : [];
  const pageInfo = more ?? first?.pageInfo;

  async function loadMore() {
    setLoadingMore(true);
    setMoreError(undefined);
    const result = await client
      .query(list.document, { ...vars, first: list.pageSize, after: pageInfo?.endCursor } as Vars)
      .toPromise();
    setLoadingMore(false);
    const page = result.data && list.connection(result.data);
    if (page) setMore({ rows: [...(more?.rows ?? []), ...page.edges.map((edge) => edge.node)], ...page.pageInfo });
    else setMoreError(errorCode(result.error));
  }

  /** Reads the first page again from the server, dropping the pages loaded after it. */
  const restart = useCallback(() => {
    setMore(undefined);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);

  return {
    /** Whether the first page has been answered. */
    loaded: data !== undefined,
    fetching,
    /** The first page's query error (also after a failed background refresh). */
    error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    restart,
    rows,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    loadMore,
    loadingMore,
    /** Why the last "load more" failed. */
    moreError,
  };
}
