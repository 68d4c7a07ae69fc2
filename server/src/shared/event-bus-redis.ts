import { Redis } from 'ioredis';
import { BusEventTarget, envelope, EVENT_CHANNEL, reconnectDelay } from './event-bus';

/**
 * A topic whose notices announce entries of an ordered log (the event log): each carries the
 * entry's `id`, and ids are given in commit order. Processes must hear them in id order, with none
 * skipped, as NOTIFY delivers them.
 */
/** How CLIENT LIST names a process's subscriber connection (its publisher: `lien-thong:publish:…`). */
export const subscriberName = (channel: string) => `lien-thong:subscribe:${channel}`;

export interface OrderedTopic {
  topic: string;
  /** The newest id in the log (0 when empty). */
  newest(): Promise<number>;
  /** The log's notices after `afterId` up to `uptoId`, oldest first. */
  between(afterId: number, uptoId: number): Promise<{ id: number }[]>;
}

export interface RedisEventTargetOptions {
  url: string;
  /** The pub/sub channel; tests (and deployments sharing one Redis) give each their own. */
  channel?: string;
  ordered?: OrderedTopic;
  log?: (message: string) => void;
}

/**
 * The event bus over Redis pub/sub, for several replicas: no NOTIFY, so commits take no global
 * lock for it. Pub/sub rather than Redis streams: the event log in PostgreSQL already keeps order
 * and history (streams re-read it from their last id), so Redis only has to carry notices, at the
 * lowest latency; a notice Redis drops is recovered from the log (see `receiveOrdered`), and a lost
 * connection makes every stream re-read the log (BUS_RESYNC), exactly as with LISTEN.
 *
 * One connection publishes (ioredis queues commands while it reconnects); one subscribes and is
 * re-subscribed by hand after each reconnect, so that BUS_RESYNC goes out only once notices flow.
 */
export class RedisEventTarget extends BusEventTarget {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;
  private readonly ordered: OrderedTopic | null;
  private subscribed = false;
  private everSubscribed = false;
  private ready: Promise<void> | null = null;
  /** The newest id of the ordered topic handed to this process's listeners. */
  private lastOrdered = 0;
  private readonly waiting: { id: number }[] = [];
  private filling = false;

  constructor(options: RedisEventTargetOptions) {
    super(options.log ?? (() => {}));
    this.channel = options.channel ?? EVENT_CHANNEL;
    this.ordered = options.ordered ?? null;
    const connection = {
      lazyConnect: true,
      retryStrategy: (attempt: number) => reconnectDelay(attempt - 1),
    };
    this.publisher = new Redis(options.url, { ...connection, connectionName: `lien-thong:publish:${this.channel}` });
    this.subscriber = new Redis(options.url, {
      ...connection,
      connectionName: subscriberName(this.channel),
      autoResubscribe: false,
    });
    this.publisher.on('error', (error: Error) => this.log(`event bus: redis publisher error: ${error.message}`));
    this.subscriber.on('error', (error: Error) => this.log(`event bus: redis subscriber error: ${error.message}`));
    this.subscriber.on('close', () => {
      if (this.subscribed) this.log('event bus: redis subscriber connection lost, reconnecting');
      this.subscribed = false;
    });
    this.subscriber.on('ready', () => {
      if (!this.everSubscribed) return; // the first subscription is made by `start`
      this.subscribe().catch((error: Error) => {
        this.log(`event bus: redis resubscribe failed: ${error.message}`);
        this.subscriber.disconnect(true); // and try again, with the same backoff
      });
    });
  }

  start(): Promise<void> {
    this.ready ??= (async () => {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
      await this.subscribe();
    })();
    return this.ready;
  }

  override dispatchEvent(event: Event): boolean {
    const text = envelope(event.type, (event as CustomEvent).detail);
    this.publisher.publish(this.channel, text).catch((error: Error) => {
      this.log(`event bus: could not publish ${event.type}: ${error.message}`);
    });
    return true;
  }

  isListening(): boolean {
    return this.subscribed && this.publisher.status === 'ready';
  }

  async close(): Promise<void> {
    this.subscribed = false;
    await Promise.all([this.publisher.quit(), this.subscriber.quit()].map((q) => q.catch(() => undefined)));
  }

  /**
   * Subscribes, then (after a reconnect) tells streams to re-read the log. Messages that arrive
   * meanwhile are held: one that came in the same read as SUBSCRIBE's reply would otherwise reach
   * a stream before BUS_RESYNC and move it past the events missed while disconnected.
   */
  private async subscribe(): Promise<void> {
    const held: string[] = [];
    let holding = true;
    const onMessage = (channel: string, message: string) => {
      if (channel !== this.channel) return;
      if (holding) held.push(message);
      else this.deliver(message);
    };
    this.subscriber.removeAllListeners('message');
    this.subscriber.on('message', onMessage);
    await this.subscriber.subscribe(this.channel);
    // Anything committed up to here is in the log: streams re-read it on BUS_RESYNC; notices for
    // later commits are published after this point, so they are heard.
    if (this.ordered) this.lastOrdered = await this.ordered.newest();
    this.waiting.length = 0;
    this.subscribed = true;
    if (this.everSubscribed) this.announceResync();
    this.everSubscribed = true;
    holding = false;
    for (const message of held) this.deliver(message);
  }

  protected override receive(topic: string, payload: unknown): void {
    if (topic !== this.ordered?.topic) return super.receive(topic, payload);
    this.waiting.push(payload as { id: number });
    void this.receiveOrdered(this.ordered);
  }

  /**
   * Hands the ordered topic's notices on in id order, none skipped. Streams trust a notice's id
   * (an id above their position is sent, and any lower id is then skipped as already sent), which
   * NOTIFY makes safe by delivering in commit order. Redis does not: each process publishes after
   * its own COMMIT, so notices of concurrent commits can cross, and a notice can be lost (a
   * process that stops between COMMIT and PUBLISH).
   *
   * Why reading the log fills every gap: ids are taken under the commit-order lock (appendEvent,
   * `shared/commit-order.ts`), held to COMMIT, and PostgreSQL makes a commit visible before it
   * releases its locks; so when id N has committed — and its notice is only published after that —
   * every lower id has either committed (and is visible to a new snapshot) or will never exist (a
   * rolled-back transaction). A notice N that follows the last id handed on goes straight through
   * (no query); one beyond a gap makes this process read the log between them (one statement per
   * gap per process, not per stream) and hand on what it finds, in order; a late notice at or below
   * the last id handed on is dropped, its event already handed on from the log. This rests on the
   * lock: should ids ever be taken outside it, a notice would no longer vouch for lower ids.
   */
  private async receiveOrdered(ordered: OrderedTopic): Promise<void> {
    if (this.filling) return;
    this.filling = true;
    try {
      while (this.waiting.length > 0) {
        const notice = this.waiting[0];
        if (notice.id > this.lastOrdered + 1) {
          for (const missed of await ordered.between(this.lastOrdered, notice.id - 1)) {
            if (missed.id > this.lastOrdered) this.handOn(ordered.topic, missed);
          }
        }
        if (notice.id > this.lastOrdered) this.handOn(ordered.topic, notice);
        this.waiting.shift();
      }
    } catch (error) {
      // the log could not be read: streams re-read it themselves from their own position
      this.log(`event bus: could not read the log to order notices: ${(error as Error).message}`);
      const newest = this.waiting.reduce((max, n) => Math.max(max, n.id), this.lastOrdered);
      this.waiting.length = 0;
      this.lastOrdered = newest;
      this.resyncStreams();
    } finally {
      this.filling = false;
    }
  }

  private handOn(topic: string, notice: { id: number }): void {
    this.lastOrdered = notice.id;
    this.dispatchLocally(topic, notice);
  }
}
