import { useCallback, useState } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { fresher, latestEventId } from './event-ids';
import { useEventStream } from './useEventStream';

// A record's page (request, proposal, task) keeps it current from three sources — its query, the
// answer to the user's own action, and live events — and shows whichever has seen the latest event.

type WithTimeline = { timeline: readonly { id: string }[] };

/** Where a kind of record comes from: its query, and the subscription to its changes. */
export interface LiveRecord<QueryData, ChangeData, Rec extends WithTimeline, Change extends { event: { id: string } }> {
  query: TypedDocumentNode<QueryData, { id: string }>;
  record: (data: QueryData) => Rec | null | undefined;
  changes: TypedDocumentNode<ChangeData, { id: string; after?: string | null }>;
  change: (data: ChangeData) => Change;
  /** The record as a change carries it. */
  changed: (change: Change) => Rec;
}

/** Describes a kind of record for useLiveRecord (the types follow from the documents). */
export function liveRecord<QueryData, ChangeData, Rec extends WithTimeline, Change extends { event: { id: string } }>(
  live: LiveRecord<QueryData, ChangeData, Rec, Change>,
): LiveRecord<QueryData, ChangeData, Rec, Change> {
  return live;
}

/**
 * Record `id` of the kind `live` (a constant), subscribed to its changes after the newest event of
 * the snapshot on screen, so nothing between loading the page and subscribing is lost.
 */
export function useLiveRecord<
  QueryData,
  ChangeData,
  Rec extends WithTimeline,
  Change extends { event: { id: string } },
>(live: LiveRecord<QueryData, ChangeData, Rec, Change>, id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: live.query, variables: { id } });
  const [pushed, setPushed] = useState<Rec>();
  const [lastChange, setLastChange] = useState<Change>();
  const record = fresher(data ? live.record(data) : undefined, pushed);

  const accept = useCallback((next: Rec) => setPushed((current) => fresher(current, next)), []);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEventStream({
    query: live.changes,
    variables: (after) => ({ id, after }),
    startAfter: record ? latestEventId(record.timeline) : undefined,
    eventId: (result) => live.change(result).event.id,
    onEvent: (result) => {
      const change = live.change(result);
      setLastChange(change);
      accept(live.changed(change));
    },
  });

  return { record, fetching, error, accept, reload, lastChange };
}
