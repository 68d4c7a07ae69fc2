import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { getEventListeners, setMaxListeners } from 'node:events';
import pg from 'pg';
import { countBusReconnect } from '../observability/metrics';

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
 * An EventTarget spread over every server process through PostgreSQL LISTEN/NOTIFY: dispatching
 * sends a NOTIFY; each process LISTENs on one dedicated connection and re-dispatches locally.
 */
export class PgNotifyEventTarget extends EventTarget {
  private readonly local = new EventTarget();
  private listener: pg.Client | null = null;
  private closed = false;
  private reconnectAttempt = 0;
  private ready: Promise<void> | null = null;
  private readonly topicsListenedTo = new Set<string>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly channel = EVENT_CHANNEL,
    private readonly log: (message: string) => void = () => {},
  ) {
    super();
    // every live subscription listens here: thousands are expected, not a leak
    setMaxListeners(0, this.local);
  }

  /** Opens the LISTEN connection; resolves once notifications are being received. */
  start(): Promise<void> {
    this.ready ??= this.connect();
    return this.ready;
  }

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
    if (reconnected) {
      countBusReconnect();
      this.log('event bus: listener reconnected; streams re-read what they missed');
      this.local.dispatchEvent(new CustomEvent(BUS_RESYNC, { detail: { reconnectedAt: new Date().toISOString() } }));
    }
    const early = held;
    held = null;
    for (const payload of early) this.deliver(payload);
  }

  private scheduleReconnect(lost: pg.Client): void {
    if (this.closed || this.listener !== lost) return;
    this.listener = null;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.reconnectAttempt++, RECONNECT_DELAYS_MS.length - 1)];
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

  private deliver(payload: string | undefined): void {
    if (!payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      this.log('event bus: ignored a malformed notification');
      return;
    }
    this.local.dispatchEvent(new CustomEvent(envelope.t, { detail: envelope.d }));
  }
}

function envelope(topic: string, payload: unknown): string {
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
