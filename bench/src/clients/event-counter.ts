/**
 * One live subscriber per feed, in its own process (started with fork(), IPC channel), for the
 * writes benchmark's "no lost or duplicated events" check: it keeps the ids of the events each
 * feed delivers and how often an id came twice. In its own process so the JSON parsing here does
 * not take CPU from the bench process's load generator between measured requests.
 *
 * Speaks graphql-ws (graphql-transport-ws) directly on `ws`, like fan-out-subscribers.ts.
 *
 * Usage (through fork): event-counter.js '<JSON array of { name, url, token, query, variables }>'
 * Messages to the parent:
 *   { kind: 'connected', feeds }              every socket acknowledged and its subscribe sent
 *   { kind: 'count', name, received }         after each new event id (at most every 200 ms)
 *   { kind: 'report', feeds: { [name]: { ids, duplicates, errors, closes } } }   answer to { cmd: 'report' }
 */
import WebSocket from 'ws';

interface Feed {
  name: string;
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Tally {
  ids: Set<number>;
  duplicates: number;
  /** `next` messages without an event (GraphQL errors), `error` messages, early `complete`s. */
  errors: number;
  /** Sockets that closed while we were not stopping. */
  closes: number;
}

const feeds = JSON.parse(process.argv[2]) as Feed[];
const tallies = new Map<string, Tally>(
  feeds.map((f) => [f.name, { ids: new Set<number>(), duplicates: 0, errors: 0, closes: 0 }]),
);
const sockets: WebSocket[] = [];
let stopping = false;
let lastCount = 0;
const send = (message: unknown) => process.send!(message);

function open(feed: Feed): Promise<void> {
  const tally = tallies.get(feed.name)!;
  return new Promise((resolve, reject) => {
    let acknowledged = false;
    const ws = new WebSocket(feed.url, 'graphql-transport-ws');
    sockets.push(ws);
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${feed.token}` } })),
    );
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as {
        type: string;
        payload?: { data?: Record<string, { event?: { id: string } }> };
      };
      if (message.type === 'next') {
        const id = Object.values(message.payload?.data ?? {})[0]?.event?.id;
        if (id === undefined) {
          tally.errors++;
          return;
        }
        const n = Number(id);
        if (tally.ids.has(n)) tally.duplicates++;
        else tally.ids.add(n);
        if (Date.now() - lastCount > 200) {
          lastCount = Date.now();
          send({ kind: 'count', name: feed.name, received: tally.ids.size });
        }
      } else if (message.type === 'connection_ack') {
        acknowledged = true;
        ws.send(
          JSON.stringify({ id: '1', type: 'subscribe', payload: { query: feed.query, variables: feed.variables } }),
        );
        resolve();
      } else if (message.type === 'ping') {
        ws.send('{"type":"pong"}');
      } else if (message.type === 'error' || message.type === 'complete') {
        tally.errors++;
      }
    });
    ws.on('error', () => undefined); // 'close' follows
    ws.on('close', (code, reason) => {
      if (!acknowledged)
        reject(new Error(`${feed.name}: socket closed before connection_ack (${code} ${reason.toString()})`));
      else if (!stopping) tally.closes++;
    });
  });
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
