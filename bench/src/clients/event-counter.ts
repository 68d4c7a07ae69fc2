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
import type WebSocket from 'ws';
import { eventIdOf, subscribe, type NamedFeed } from '../lib/graphql-ws';

interface Tally {
  ids: Set<number>;
  duplicates: number;
  /** `next` messages without an event (GraphQL errors), `error` messages, early `complete`s. */
  errors: number;
  /** Sockets that closed while we were not stopping. */
  closes: number;
}

const feeds = JSON.parse(process.argv[2]) as NamedFeed[];
const tallies = new Map<string, Tally>(
  feeds.map((f) => [f.name, { ids: new Set<number>(), duplicates: 0, errors: 0, closes: 0 }]),
);
const sockets: WebSocket[] = [];
let stopping = false;
let lastCount = 0;
const send = (message: unknown) => process.send!(message);

async function open(feed: NamedFeed): Promise<void> {
  const tally = tallies.get(feed.name)!;
  const ws = await subscribe(feed, {
    next(text) {
      const id = eventIdOf(text);
      if (id === null) {
        tally.errors++;
        return;
      }
      if (tally.ids.has(id)) tally.duplicates++;
      else tally.ids.add(id);
      if (Date.now() - lastCount > 200) {
        lastCount = Date.now();
        send({ kind: 'count', name: feed.name, received: tally.ids.size });
      }
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
    const out: Record<string, { ids: number[]; duplicates: number; errors: number; closes: number }> = {};
    for (const [name, t] of tallies)
      out[name] = { ids: [...t.ids], duplicates: t.duplicates, errors: t.errors, closes: t.closes };
    send({ kind: 'report', feeds: out });
  } else if (message.cmd === 'stop') {
    stopping = true;
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0)); // the bench process went away: do not linger

Promise.all(feeds.map(open)).then(
  () => send({ kind: 'connected', feeds: feeds.map((f) => f.name) }),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
