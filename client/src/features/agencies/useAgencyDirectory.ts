import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type Client, type CombinedError, type RequestPolicy } from 'urql';
import { AgencyDirectoryQuery, type AgencyListItem } from './agencies.operations';

export const PAGE_SIZE = 100; // the server's maximum page size

export type DirectoryState =
  { status: 'loading' } | { status: 'error'; error?: CombinedError } | { status: 'ready'; agencies: AgencyListItem[] };

function fetchPage(client: Client, after: string | null, requestPolicy: RequestPolicy) {
  return client.query(AgencyDirectoryQuery, { first: PAGE_SIZE, after }, { requestPolicy }).toPromise();
}

/** Follows `pageInfo.endCursor` until the whole province is loaded; the tree needs every unit. */
async function fetchAllAgencies(client: Client, requestPolicy: RequestPolicy): Promise<DirectoryState> {
  const agencies: AgencyListItem[] = [];
  let after: string | null = null;
  do {
    const { data, error } = await fetchPage(client, after, requestPolicy);
    if (error || !data) return { status: 'error', error };
    const { edges, pageInfo } = data.agencies;
    agencies.push(...edges.map((edge) => edge.node));
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after);
  return { status: 'ready', agencies };
}

/**
 * The full agency list. `refresh` reloads from the network while the current list stays on screen;
 * `retry` starts over from the loading state after an error.
 */
export function useAgencyDirectory() {
  const client = useClient();
  const [state, setState] = useState<DirectoryState>({ status: 'loading' });
  const latestLoad = useRef(0);

  const load = useCallback(
    async (requestPolicy: RequestPolicy) => {
      const ticket = ++latestLoad.current;
      const next = await fetchAllAgencies(client, requestPolicy);
      if (ticket === latestLoad.current) setState(next); // a newer load supersedes this one
    },
    [client],
  );

  useEffect(() => {
    void load('cache-first');
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- a load counter, not a DOM node: the latest value is wanted
      latestLoad.current++; // ignore a load that finishes after unmount
    };
  }, [load]);

  const refresh = useCallback(() => void load('network-only'), [load]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    void load('network-only');
  }, [load]);

  return { state, refresh, retry };
}
