/**
 * The Committee's live feeds for the committee-lag benchmark, in their own process (started with
 * fork(), IPC channel): one WebSocket per feed (bench/src/lib/graphql-ws.ts: each `next` timestamped
 * first, its event id found with a string search); ids and receive times are kept per feed and handed over at the end, with the
 * count of ids that came twice and of ids that came after a larger one (order broken).
 *
 * Usage (through fork): committee-feeds.js '<JSON array of { name, url, token, query, variables }>'
 * Messages to the parent:
 *   { kind: 'connected', feeds }                            every socket acknowledged, subscribe sent
 *   { kind: 'last', name, id }                              the newest id of a feed, when it changed (every 100 ms)
 *   { kind: 'report', feeds: { [name]: { ids, at, duplicates, outOfOrder, errors, closes } } }   answer to { cmd: 'report' }
 * Times are epoch ms (performance.timeOrigin + performance.now()), comparable across processes.
 */
import { eventIdOf, runFeedProcess, tellParent, type FeedFailures, type NamedFeed } from '../lib/graphql-ws';

interface Tally extends FeedFailures {
  ids: number[];
  at: number[];
  seen: Set<number>;
  duplicates: number;
  outOfOrder: number;
}

const feeds = JSON.parse(process.argv[2]) as NamedFeed[];
const tallies = new Map<string, Tally>(
  feeds.map((f) => [f.name, { ids: [], at: [], seen: new Set(), duplicates: 0, outOfOrder: 0, errors: 0, closes: 0 }]),
);

function onEvent(tally: Tally, id: number, at: number) {
  if (tally.seen.has(id)) {
    tally.duplicates++;
    return;
  }
  if (tally.ids.length && id < tally.ids[tally.ids.length - 1]) tally.outOfOrder++;
  tally.seen.add(id);
  tally.ids.push(id);
  tally.at.push(at);
}

// the newest id of each feed, told to the parent a few times a second (not per event)
const told = new Map<string, number>();
setInterval(() => {
  for (const [name, tally] of tallies) {
    const id = tally.ids[tally.ids.length - 1];
    if (id !== undefined && told.get(name) !== id) {
      told.set(name, id);
      tellParent({ kind: 'last', name, id });
    }
  }
}, 100);

runFeedProcess(feeds, tallies, {
  next(tally, _feed, text, at) {
    const id = eventIdOf(text);
    if (id !== null) onEvent(tally, id, at);
    else tally.errors++;
  },
  report() {
    const report: Record<string, Omit<Tally, 'seen'>> = {};
    for (const [name, { seen: _seen, ...rest }] of tallies) report[name] = rest;
    return report;
  },
});
