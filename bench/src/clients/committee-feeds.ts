/**
 * The Committee's live feeds for the committee-lag benchmark, in their own process (started with
 * fork(), IPC channel): one WebSocket per feed (bench/src/lib/graphql-ws.ts: each `next` timestamped
 * first, its event id found with a string search); ids and receive times are kept per feed and handed over at the end, with the
 * count of ids that came twice and of ids that came after a larger one (order broken).
 *
 * Usage (through fork): committee-feeds.js '<JSON array of { name, url, token, query, variables }>'
 * Messages to the parent:
 *   { kind: 'connected' }                                   every socket acknowledged, subscribe sent
 *   { kind: 'last', name, id }                              the newest id of a feed, when it changed (every 100 ms)
 *   { kind: 'report', feeds: { [name]: { ids, at, duplicates, outOfOrder, errors, closes } } }   answer to { cmd: 'report' }
 * Times are epoch ms (performance.timeOrigin + performance.now()), comparable across processes.
 */
import type WebSocket from 'ws';
import { eventIdOf, subscribe, type NamedFeed } from '../lib/graphql-ws';

interface Tally {
  ids: number[];
  at: number[];
  seen: Set<number>;
  duplicates: number;
  outOfOrder: number;
  /** `next` without an event (a GraphQL error), `error` messages, early `complete`s. */
  errors: number;
  closes: number;
}

const feeds = JSON.parse(process.argv[2]) as NamedFeed[];
const tallies = new Map<string, Tally>(
  feeds.map((f) => [f.name, { ids: [], at: [], seen: new Set(), duplicates: 0, outOfOrder: 0, errors: 0, closes: 0 }]),
);
const sockets: WebSocket[] = [];
let stopping = false;
const send = (message: unknown) => process.send!(message);

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
      send({ kind: 'last', name, id });
    }
  }
}, 100);

async function open(feed: NamedFeed): Promise<void> {
  const tally = tallies.get(feed.name)!;
  const ws = await subscribe(feed, {
    next(text, at) {
      const id = eventIdOf(text);
      if (id !== null) onEvent(tally, id, at);
      else tally.errors++;
    },
    problem: () => tally.errors++,
    closed: () => {
      if (!stopping) tally.closes++;
    },
  });
  sockets.push(ws);
}

process.on('message', (message: { cmd: string }) => {
  if (message.cmd === 'report') {
    const report: Record<string, Omit<Tally, 'seen'>> = {};
    for (const [name, { seen: _seen, ...rest }] of tallies) report[name] = rest;
    send({ kind: 'report', feeds: report });
  } else if (message.cmd === 'stop') {
    stopping = true;
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0)); // the bench process went away: do not linger

Promise.all(feeds.map(open)).then(
  () => send({ kind: 'connected' }),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
