import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { getEventListeners, setMaxListeners } from 'node:events';
import pg from 'pg';
import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/postgresql';
import { countBusReconnect } from '../observability/metrics';
import { runSql } from './sql';

/**
 * Topic → payload map. Each module adds its own topics by declaration merging, so publish and
 * subscribe stay typed without `shared/` importing any module. Payloads carry ids, not documents:
 * NOTIFY payloads must stay under 8000 bytes.
 */
export interface BusTopics {
  /**
   * Local only, never sent: the LISTEN connection was lost and is back. Notifications sent
   * meanwhile were missed, so streams that follow a log (the event log) must re-read it.
   */
  [BUS_RESYNC]: { reconnectedAt: string };
}

export const BUS_RESYNC = 'BUS_RESYNC';

type PublishArgs = { [K in keyof BusTopics]: [BusTopics[K]] };
export type EventBus = PubSub<PublishArgs> & {
  /**
   * Calls `onEvent` synchronously for every event of `topic` this process receives, until the
   * returned function is called. Unlike `subscribe` there is no async iterator (and no promise
   * hop) per listener: for streams that serve thousands of subscribers.
   */
  listen<K extends keyof BusTopics>(topic: K, onEvent: (payload: BusTopics[K]) => void): () => void;
};

const MAX_NOTIFY_BYTES = 7900;
/** The NOTIFY channel every server process LISTENs on. */
export const EVENT_CHANNEL = 'lien_thong_events';
const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

interface Envelope {
  t: string;
  d: unknown;
}

/**
 * What every cross-process transport shares: listeners live on a local EventTarget; what arrives
 * from the transport is re-dispatched there; `dispatchEvent` sends to every process (this one too).
 */
export abstract class BusEventTarget extends EventTarget {
  private readonly local = new EventTarget();
  private readonly topicsListenedTo = new Set<string>();

  constructor(protected readonly log: (message: string) => void) {
    super();
    // every live subscription listens here: thousands are expected, not a leak
    setMaxListeners(0, this.local);
  }

  /** Connects; resolves once notices from other processes are being received. */
  abstract start(): Promise<void>;
  /** Whether notices are being received (readiness: while they are not, no live event arrives). */
  abstract isListening(): boolean;
  abstract close(): Promise<void>;

  override addEventListener(
    type: string,
    callback: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    this.topicsListenedTo.add(type);
    this.local.addEventListener(type, callback, options);
  }

  /** Listeners held in this process (each open subscription holds one per topic it follows). */
  listenerCount(): number {
    let count = 0;
    for (const type of this.topicsListenedTo) count += getEventListeners(this.local, type).length;
    return count;
  }

  override removeEventListener(
    type: string,
    callback: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ): void {
    this.local.removeEventListener(type, callback, options);
  }

  /** Hands a notice to this process's listeners. */
  protected dispatchLocally(topic: string, payload: unknown): void {
    this.local.dispatchEvent(new CustomEvent(topic, { detail: payload }));
  }

  /** The connection was lost and is back: notices sent meanwhile were missed. */
  protected announceResync(): void {
    countBusReconnect();
    this.log('event bus: listener reconnected; streams re-read what they missed');
    this.resyncStreams();
  }

  /** Streams that follow a log re-read it from their last id (notices may have been missed). */
  protected resyncStreams(): void {
    this.dispatchLocally(BUS_RESYNC, { reconnectedAt: new Date().toISOString() });
  }

  /** A notice as it came over the wire (an envelope): parsed, then handed on by `receive`. */
  protected deliver(payload: string | undefined): void {
    if (!payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      this.log('event bus: ignored a malformed notification');
      return;
    }
    this.receive(envelope.t, envelope.d);
  }

  protected receive(topic: string, payload: unknown): void {
    this.dispatchLocally(topic, payload);
  }
}

/**
 * An EventTarget spread over every server process through PostgreSQL LISTEN/NOTIFY: dispatching
 * sends a NOTIFY; each process LISTENs on one dedicated connection and re-dispatches locally.
 */
export class PgNotifyEventTarget extends BusEventTarget {
  private listener: pg.Client | null = null;
  private closed = false;
  private reconnectAttempt = 0;
  private ready: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly channel = EVENT_CHANNEL,
    log: (message: string) => void = () => {},
  ) {
    super(log);
  }

  /** Opens the LISTEN connection; resolves once notifications are being received. */
  start(): Promise<void> {
    this.ready ??= this.connect();
    return this.ready;
  }

  override dispatchEvent(event: Event): boolean {
    const text = envelope(event.type, (event as CustomEvent).detail);
    this.pool.query('SELECT pg_notify($1, $2)', [this.channel, text]).catch((error: Error) => {
      this.log(`event bus: could not publish ${event.type}: ${error.message}`);
    });
    return true;
  }

  /** Whether the LISTEN connection is up (readiness: while it is down, no live event arrives). */
  isListening(): boolean {
    return this.listener !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    // Held until the resync below is out: a notice the new connection receives in the same read
    // as LISTEN's reply is emitted before `await` returns, and a stream that took it first would
    // move its position past the events missed while disconnected, then re-read after it.
    let held: (string | undefined)[] | null = [];
    client.on('notification', (message) => (held ? held.push(message.payload) : this.deliver(message.payload)));
    client.on('error', (error) => this.log(`event bus: listener error: ${error.message}`));
    client.on('end', () => this.scheduleReconnect(client));
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    const reconnected = this.reconnectAttempt > 0;
    this.listener = client;
    this.reconnectAttempt = 0;
    if (reconnected) this.announceResync();
    const early = held;
    held = null;
    for (const payload of early) this.deliver(payload);
  }

  private scheduleReconnect(lost: pg.Client): void {
    if (this.closed || this.listener !== lost) return;
    this.listener = null;
    const delay = reconnectDelay(this.reconnectAttempt++);
    this.log(`event bus: listener connection lost, reconnecting in ${delay} ms`);
    setTimeout(() => {
      if (this.closed) return;
      this.connect().catch((error: Error) => {
        this.log(`event bus: reconnect failed: ${error.message}`);
        this.listener = lost;
        this.scheduleReconnect(lost);
      });
    }, delay).unref();
  }
}

/** The wait before reconnect attempt `attempt` (0-based): quick at first, then every 5 s. */
export function reconnectDelay(attempt: number): number {
  return RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
}

/** The text sent over a transport: `{ t: topic, d: payload }`, small enough for NOTIFY. */
export function envelope(topic: string, payload: unknown): string {
  const text = JSON.stringify({ t: topic, d: payload } satisfies Envelope);
  if (Buffer.byteLength(text) > MAX_NOTIFY_BYTES) {
    throw new Error(`event ${topic} is too large for NOTIFY; publish ids, not documents`);
  }
  return text;
}

/**
 * The statement that publishes `payload` on `topic` from inside a transaction: PostgreSQL delivers
 * it at COMMIT (never for a rolled-back write), and delivers the notifications of different
 * transactions in commit order — so writers that commit in a known order (the event log's
 * commit-order lock) are heard in that order by every process.
 */
export function notifyInTransaction<K extends keyof BusTopics>(topic: K, payload: BusTopics[K]): [string, unknown[]] {
  return ['select pg_notify(?, ?)', [EVENT_CHANNEL, envelope(topic, payload)]];
}

type Notice = [topic: string, payload: unknown];
/** A knex transaction; a nested one (a savepoint) points at the one it is nested in. */
type Transaction = object & { parentTransaction?: Transaction };

/**
 * For a transport that is not transactional (Redis): notices announced in a transaction are held
 * and published by this process right after COMMIT returns, never for a rolled-back one. Registered
 * on the ORM's event manager, which every fork (and so every transaction) shares; `announceAtCommit`
 * finds it there. Notices announced inside a savepoint are held with the outer transaction: a
 * savepoint rolled back while its transaction commits would still announce them (no appendEvent
 * runs in a savepoint today).
 */
export class NoticesAfterCommit implements EventSubscriber {
  private readonly held = new WeakMap<Transaction, Notice[]>();

  constructor(private readonly target: EventTarget) {}

  hold(transaction: Transaction, topic: string, payload: unknown): void {
    const root = outermost(transaction);
    const notices = this.held.get(root) ?? [];
    if (notices.length === 0) this.held.set(root, notices);
    notices.push([topic, payload]);
  }

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (!transaction) return;
    const notices = this.held.get(transaction as Transaction);
    this.held.delete(transaction as Transaction);
    for (const [topic, payload] of notices ?? [])
      this.target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction) this.held.delete(transaction as Transaction);
  }
}

function outermost(transaction: Transaction): Transaction {
  let root = transaction;
  while (root.parentTransaction) root = root.parentTransaction;
  return root;
}

/**
 * Announces `payload` on `topic` once the caller's transaction commits, on the transport the app
 * was built with: NOTIFY inside the transaction (delivered by PostgreSQL at COMMIT), or — when the
 * ORM carries `NoticesAfterCommit` (Redis) — published by this process after COMMIT, so the
 * transaction takes no NOTIFY lock at commit.
 */
export async function announceAtCommit<K extends keyof BusTopics>(
  em: EntityManager,
  topic: K,
  payload: BusTopics[K],
): Promise<void> {
  const transaction = em.getTransactionContext<Transaction>();
  if (!transaction) throw new Error(`${topic} must be announced inside a transaction`);
  const afterCommit = [...em.getEventManager().getSubscribers()].find((s) => s instanceof NoticesAfterCommit);
  if (afterCommit) {
    envelope(topic, payload); // the same size rule on every transport
    afterCommit.hold(transaction, topic, payload);
  } else {
    await runSql(em, ...notifyInTransaction(topic, payload));
  }
}

export function createEventBus(
  eventTarget: EventTarget,
  onListenerError: (message: string, error: unknown) => void = () => {},
): EventBus {
  setMaxListeners(0, eventTarget);
  const pubSub = createPubSub<PublishArgs>({ eventTarget: eventTarget as never });
  return Object.assign(pubSub, {
    listen<K extends keyof BusTopics>(topic: K, onEvent: (payload: BusTopics[K]) => void): () => void {
      const listener = (event: Event) => {
        try {
          onEvent((event as CustomEvent<BusTopics[K]>).detail);
        } catch (error) {
          // an EventTarget rethrows a listener's error as uncaught: one stream must not stop the process
          onListenerError(`event bus: a ${topic} listener failed`, error);
        }
      };
      eventTarget.addEventListener(topic, listener);
      return () => eventTarget.removeEventListener(topic, listener);
    },
  });
}
