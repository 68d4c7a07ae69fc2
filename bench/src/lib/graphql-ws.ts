/**
 * The live subscribers' side of graphql-ws (graphql-transport-ws), spoken directly on `ws` rather
 * than through the graphql-ws client library so the measuring side stays cheap: with 5,000 sockets
 * in one process every microsecond per message is 5 ms of delay added to the last socket. A `next`
 * is timestamped first and handed over as text; its event id is found with a string search (no
 * JSON.parse). Used by the subscriber processes in bench/src/clients, which the benches start with
 * `forkClient`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** Epoch milliseconds with sub-millisecond precision, comparable across processes on this machine. */
export const now = () => performance.timeOrigin + performance.now();

/** One subscription on its own socket, authenticated like an API client (bearer token in `connection_init`). */
export interface FeedSpec {
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** A named feed, as the benches hand them to a subscriber process (JSON in its argv). */
export interface NamedFeed extends FeedSpec {
  name: string;
}

export interface FeedHandlers {
  /** A `next` message, as received, with its receive time (taken before anything else). */
  next(text: string, at: number): void;
  /** An `error` or `complete` message: the subscription ended or was refused. */
  problem(): void;
  /** The socket closed after it was acknowledged. */
  closed(): void;
}

const EVENT_ID = /"event":\{"id":"(\d+)"/;

/** The event id of a feed's `next` (selections start with `event { id …`), null for a GraphQL error. */
export function eventIdOf(text: string): number | null {
  const match = EVENT_ID.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * Opens the socket and subscribes once the server acknowledges it; resolves with the socket then,
 * rejects when it closes before that (refused token, server gone).
 */
export function subscribe(feed: FeedSpec, on: FeedHandlers): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    let acknowledged = false;
    const ws = new WebSocket(feed.url, 'graphql-transport-ws');
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${feed.token}` } })),
    );
    ws.on('message', (data: Buffer) => {
      const at = now(); // first: the receive time is what is measured
      const text = data.toString('utf8');
      if (text.includes('"type":"next"')) on.next(text, at);
      else if (text.includes('"type":"connection_ack"')) {
        acknowledged = true;
        const { query, variables, operationName } = feed;
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, operationName, variables } }));
        resolve(ws);
      } else if (text.includes('"type":"ping"')) ws.send('{"type":"pong"}');
      else if (text.includes('"type":"error"') || text.includes('"type":"complete"')) on.problem();
    });
    ws.on('error', () => undefined); // 'close' follows
    ws.on('close', (code, reason) => {
      if (acknowledged) on.closed();
      else reject(new Error(`${feed.url}: closed before connection_ack (${code} ${reason.toString()})`));
    });
  });
}

/** A subscriber process (a compiled bench/src/clients script) with an IPC channel to this one. */
export function forkClient(script: string, args: string[]): ChildProcess {
  return fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** Asks the process to stop (it closes its sockets), killed after `graceMs`; resolves once it exited. */
export function stopClient(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.send({ cmd: 'stop' });
    setTimeout(() => child.kill('SIGKILL'), graceMs).unref(); // this child's PID only
  });
}

/** What every subscriber process counts per feed, besides its events. */
export interface FeedFailures {
  /** `next` messages without an event (GraphQL errors), `error` messages, early `complete`s. */
  errors: number;
  /** Sockets that closed while the process was not stopping. */
  closes: number;
}

/** Sends a message to the bench process over the IPC channel. */
export const tellParent = (message: unknown) => process.send!(message);

/**
 * The subscriber process's side of forkClient/stopClient, for one socket per feed: opens every feed
 * (`next` gets each event of it with its tally; failures are counted on the tally), says
 * `{ kind: 'connected', feeds }` once all are subscribed, answers `{ cmd: 'report' }` with
 * `{ kind: 'report', feeds: report() }`, and closes its sockets and exits on `{ cmd: 'stop' }` or when the
 * bench process goes away.
 */
export function runFeedProcess<T extends FeedFailures>(
  feeds: NamedFeed[],
  tallies: Map<string, T>,
  on: { next(tally: T, feed: NamedFeed, text: string, at: number): void; report(): unknown },
): void {
  const sockets: WebSocket[] = [];
  let stopping = false;
  const open = async (feed: NamedFeed) => {
    const tally = tallies.get(feed.name)!;
    const ws = await subscribe(feed, {
      next: (text, at) => on.next(tally, feed, text, at),
      problem: () => tally.errors++,
      closed: () => {
        if (!stopping) tally.closes++;
      },
    });
    sockets.push(ws);
  };
  process.on('message', (message: { cmd: string }) => {
    if (message.cmd === 'report') tellParent({ kind: 'report', feeds: on.report() });
    else if (message.cmd === 'stop') {
      stopping = true;
      for (const ws of sockets) ws.terminate();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0)); // the bench process went away: do not linger
  Promise.all(feeds.map(open)).then(
    () => tellParent({ kind: 'connected', feeds: feeds.map((f) => f.name) }),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
