import { useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type TypedDocumentNode } from 'urql';
import { useApiReconnects } from './api-provider';
import { compareEventIds } from './event-ids';
import { errorCode } from './errors';

// The live side of the app: subscriptions that resume without gaps, and feeds that start where the
// list on screen was read. Shared by every live list and page (requests, proposals, tasks, dashboard).

/** How long a stream the server ended as SERVICE_UNAVAILABLE waits before it resumes. */
const RESUME_AFTER_MS = 2000;

interface EventStreamOptions<Data, Variables extends AnyVariables> {
  query: TypedDocumentNode<Data, Variables>;
  variables: (after: string | null) => Variables;
  /** undefined: not known yet (nothing is subscribed); null: from now on; an id: replay after it. */
  startAfter: string | null | undefined;
  eventId: (data: Data) => string;
  onEvent: (data: Data) => void;
}

/**
 * A subscription that resumes without gaps. The server replays every event after `after`, then
 * goes live. We remember the last event id we handled (in a ref, for as long as the page is open)
 * and drop anything at or before it, so replays never count twice.
 *
 * On a dropped connection graphql-ws reconnects and re-sends the subscription with its ORIGINAL
 * variables — correct (events are replayed and the duplicates dropped) but wasteful after a long
 * session. So on every reconnect we also resubscribe with `after` = the last id we handled: the
 * server replays exactly what was missed while offline.
 */
export function useEventStream<Data, Variables extends AnyVariables>(
  options: EventStreamOptions<Data, Variables>,
): void {
  const client = useClient();
  const latestOptions = useRef(options);
  const lastSeen = useRef<string | null | undefined>(undefined);
  const [reconnects, setReconnects] = useState(0);
  const ready = options.startAfter !== undefined;

  useEffect(() => {
    latestOptions.current = options;
  });

  useApiReconnects(() => setReconnects((count) => count + 1));

  useEffect(() => {
    if (!ready) return;
    if (lastSeen.current === undefined) lastSeen.current = latestOptions.current.startAfter;
    const { query, variables } = latestOptions.current;
    let resume: ReturnType<typeof setTimeout> | undefined;
    const { unsubscribe } = client.subscription(query, variables(lastSeen.current ?? null)).subscribe((result) => {
      // The server ends a stream it cannot serve without a gap (an event it could not read while
      // the database was away): resume after the last event handled, once the database may be back.
      if (errorCode(result.error) === 'SERVICE_UNAVAILABLE')
        resume = setTimeout(() => setReconnects((count) => count + 1), RESUME_AFTER_MS);
      if (!result.data) return;
      const { eventId, onEvent } = latestOptions.current;
      const id = eventId(result.data);
      if (lastSeen.current != null && compareEventIds(id, lastSeen.current) <= 0) return;
      lastSeen.current = id;
      onEvent(result.data);
    });
    return () => {
      clearTimeout(resume);
      unsubscribe();
    };
  }, [client, ready, reconnects]);
}

/**
 * Where a feed of every change the viewer may see starts: undefined until known. Read from the
 * server's cursor query (the newest event the viewer may see, "0" if none) before the list is
 * loaded. Had we subscribed "from now", an event committed between reading the list and the server
 * starting the subscription would be lost. If the cursor cannot be read we fall back to "from now".
 */
function useFeedStart<Data>(
  query: TypedDocumentNode<Data, Record<string, never>>,
  cursor: (data: Data) => string,
): string | null | undefined {
  const client = useClient();
  const latestCursor = useRef(cursor);
  const [startAfter, setStartAfter] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void client
      .query(query, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then(({ data }) => {
        if (active) setStartAfter(data ? latestCursor.current(data) : null);
      });
    return () => {
      active = false;
    };
  }, [client, query]);
  return startAfter;
}

/** A feed of every change of one kind the viewer may see: its cursor query and its subscription. */
export interface Feed<CursorData, FeedData, Event extends { event: { id: string } }> {
  cursorQuery: TypedDocumentNode<CursorData, Record<string, never>>;
  cursor: (data: CursorData) => string;
  subscription: TypedDocumentNode<FeedData, { after?: string | null }>;
  event: (data: FeedData) => Event;
}

/** Describes a feed for useFeed (the types follow from the documents). */
export function feed<CursorData, FeedData, Event extends { event: { id: string } }>(
  description: Feed<CursorData, FeedData, Event>,
): Feed<CursorData, FeedData, Event> {
  return description;
}

/** What a feed delivers. */
export type FeedEvent<F> = F extends { event: (data: never) => infer Event } ? Event : never;

/**
 * Every change of `feed`, from its cursor on (see useFeedStart). Returns true once the starting
 * point is known; the list must be loaded only after that, so that whatever happens after the list
 * was read is replayed by the subscription. `feed` is expected to be a constant.
 */
export function useFeed<CursorData, FeedData, Event extends { event: { id: string } }>(
  feed: Feed<CursorData, FeedData, Event>,
  onEvent: (event: Event) => void,
): boolean {
  const startAfter = useFeedStart(feed.cursorQuery, feed.cursor);
  useEventStream({
    query: feed.subscription,
    variables: (after) => ({ after }),
    startAfter,
    eventId: (data) => feed.event(data).event.id,
    onEvent: (data) => onEvent(feed.event(data)),
  });
  return startAfter !== undefined;
}
