/**
 * One live subscriber per feed, in its own process (started with fork(), IPC channel), for the
 * writes benchmark's "no lost or duplicated events" check: it keeps the ids of the events each
 * feed delivers and how often an id came twice. In its own process so the JSON parsing here does
 * not take CPU from the bench process's load generator between measured requests.
 *
 * Speaks graphql-ws through bench/src/lib/graphql-ws.ts, like the other subscriber processes.
 *
 * Usage (through fork): event-counter.js '<JSON array of { name, url, token, query, variables }>'
 * Messages to the parent:
 *   { kind: 'connected', feeds }              every socket acknowledged and its subscribe sent
 *   { kind: 'count', name, received }         after each new event id (at most every 200 ms)
 *   { kind: 'report', feeds: { [name]: { ids, duplicates, errors, closes } } }   answer to { cmd: 'report' }
 */
import { eventIdOf, runFeedProcess, tellParent, type FeedFailures, type NamedFeed } from '../lib/graphql-ws';

interface Tally extends FeedFailures {
  ids: Set<number>;
  duplicates: number;
}

const feeds = JSON.parse(process.argv[2]) as NamedFeed[];
const tallies = new Map<string, Tally>(
  feeds.map((f) => [f.name, { ids: new Set<number>(), duplicates: 0, errors: 0, closes: 0 }]),
);
let lastCount = 0;

runFeedProcess(feeds, tallies, {
  next(tally, feed, text) {
    const id = eventIdOf(text);
    if (id === null) {
      tally.errors++;
      return;
    }
    if (tally.ids.has(id)) tally.duplicates++;
    else tally.ids.add(id);
    if (Date.now() - lastCount > 200) {
      lastCount = Date.now();
      tellParent({ kind: 'count', name: feed.name, received: tally.ids.size });
    }
  },
  report() {
    const out: Record<string, { ids: number[]; duplicates: number; errors: number; closes: number }> = {};
    for (const [name, t] of tallies)
      out[name] = { ids: [...t.ids], duplicates: t.duplicates, errors: t.errors, closes: t.closes };
    return out;
  },
});
