/** Event ids are the server's event-log sequence numbers, as decimal strings. */
export function compareEventIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The newest event id of a timeline, or null for an empty one. */
export function latestEventId(timeline: readonly { id: string }[]): string | null {
  return timeline.reduce<string | null>(
    (latest, event) => (latest === null || compareEventIds(event.id, latest) > 0 ? event.id : latest),
    null,
  );
}

type WithTimeline = { timeline: readonly { id: string }[] };

/**
 * The more recent of two snapshots of the same record (request, proposal, task). Every change
 * appends to the timeline, so the snapshot that has seen the later event is the newer one; on a
 * tie the first one wins.
 */
export function fresher<T extends WithTimeline>(a: T | null | undefined, b: T | null | undefined): T | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  const latestA = latestEventId(a.timeline) ?? '0';
  const latestB = latestEventId(b.timeline) ?? '0';
  return compareEventIds(latestB, latestA) > 0 ? b : a;
}
