/**
 * Load-generator process for fan-out and scale-out, started with fork() (IPC channel):
 * opens N WebSockets to the server, each speaking graphql-ws (graphql-transport-ws) with one
 * `requestFeed` subscription (the client app's own document), and records when each socket
 * receives each event.
 *
 * The protocol is spoken cheaply (bench/src/lib/graphql-ws.ts); latencies are computed in the bench
 * process at the end from a binary file of timestamps, so nothing is aggregated while events are
 * arriving.
 *
 * Usage (through fork): fan-out-subscribers.js <ws url> <token> <N>
 * Messages to the parent:
 *   { kind: 'connected', connected, errors }   every socket acknowledged (or failed)
 *   { kind: 'first', id, at }                  an event id seen for the first time (by any socket)
 *   { kind: 'done', id, at }                   every socket has received this event id
 *   { kind: 'live' }                           every socket has received at least one event
 *   { kind: 'report', ids, duplicates, ... }   answer to { cmd: 'report', file }
 * Timestamps are epoch milliseconds with sub-millisecond precision (performance.timeOrigin +
 * performance.now()), comparable with the bench process on the same machine.
 */
import fs from 'node:fs';
import type WebSocket from 'ws';
import { eventIdOf, now, subscribe } from '../lib/graphql-ws';

/** The client's RequestFeed subscription (client/src/features/requests/requests.operations.ts). */
const FEED = `subscription RequestFeed($after: ID) {
  requestFeed(after: $after) {
    event { id type }
    request { id code title }
  }
}`;

const [url, token, countText] = process.argv.slice(2);
const count = Number(countText);
const send = (message: unknown) => process.send!(message);

/** Per event id: one receive time per socket (0 = not received), plus counts. */
interface Slot {
  id: number;
  times: Float64Array;
  received: number;
  duplicates: number;
}
const slots: Slot[] = [];
const slotById = new Map<number, Slot>();
const gotAny = new Uint8Array(count);
let withAny = 0;
let connected = 0;
let connectErrors = 0;
let unexpectedCloses = 0;
let protocolErrors = 0;
let stopping = false;
const sockets: WebSocket[] = [];

function onEvent(index: number, id: number, at: number) {
  let slot = slotById.get(id);
  if (!slot) {
    slot = { id, times: new Float64Array(count), received: 0, duplicates: 0 };
    slots.push(slot);
    slotById.set(id, slot);
    send({ kind: 'first', id, at });
  }
  if (slot.times[index] !== 0) {
    slot.duplicates++;
    return;
  }
  slot.times[index] = at;
  if (++slot.received === count) send({ kind: 'done', id, at: now() });
  if (!gotAny[index]) {
    gotAny[index] = 1;
    if (++withAny === count) send({ kind: 'live' });
  }
}

function open(index: number): Promise<void> {
  const feed = { url, token, query: FEED, operationName: 'RequestFeed', variables: {} };
  return subscribe(feed, {
    next(text, at) {
      const id = eventIdOf(text);
      if (id !== null) onEvent(index, id, at);
      else protocolErrors++; // a `next` without an event: a GraphQL error in the payload
    },
    problem: () => protocolErrors++,
    closed: () => {
      if (!stopping) unexpectedCloses++;
    },
  }).then(
    (ws) => {
      sockets[index] = ws;
      connected++;
    },
    () => {
      connectErrors++;
    },
  );
}

async function main() {
  // Batches of 200: the server's accept backlog is not the subject of this benchmark.
  const BATCH = 200;
  for (let start = 0; start < count; start += BATCH) {
    const batch: Promise<void>[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) batch.push(open(i));
    await Promise.all(batch);
  }
  send({ kind: 'connected', connected, errors: connectErrors });
}

process.on('message', (message: { cmd: string; file?: string }) => {
  if (message.cmd === 'report') {
    // Timestamps of every slot, in slot order, as raw float64 (count per slot).
    const fd = fs.openSync(message.file!, 'w');
    for (const slot of slots) fs.writeSync(fd, new Uint8Array(slot.times.buffer));
    fs.closeSync(fd);
    send({
      kind: 'report',
      count,
      ids: slots.map((s) => s.id),
      received: slots.map((s) => s.received),
      duplicates: slots.map((s) => s.duplicates),
      unexpectedCloses,
      protocolErrors,
      rssKb: Math.round(process.memoryUsage().rss / 1024),
    });
  } else if (message.cmd === 'stop') {
    stopping = true;
    for (const ws of sockets) ws?.terminate();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0)); // the bench process went away: do not linger

void main();
