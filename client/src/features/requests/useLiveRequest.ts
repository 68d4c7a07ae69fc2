import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { fresher } from './request-events';
import { RequestDetailQuery, type RequestDetail } from './requests.operations';
import { useRequestChanges, type RequestChange } from './useRequestEvents';

/**
 * One request, kept current. Three sources can hold it — the query, the answer to the user's own
 * action, and live events — and the page shows whichever has seen the latest event.
 */
export function useLiveRequest(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RequestDetailQuery, variables: { id } });
  const [pushed, setPushed] = useState<RequestDetail>();
  const [lastChange, setLastChange] = useState<RequestChange>();
  const request = fresher(data?.request, pushed);

  const accept = useCallback((next: RequestDetail) => setPushed((current) => fresher(current, next)), []);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useRequestChanges(id, request, (change) => {
    setLastChange(change);
    accept(change.request);
  });

  return { request, fetching, error, accept, reload, lastChange };
}
