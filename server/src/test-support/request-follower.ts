import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

const FEED = 'subscription($after: ID) { requestFeed(after: $after) { event { id type } request { id } } }';
type FeedData = { requestFeed: { event: { id: string; type: string }; request: { id: string } } };
/** How long a follower waits before resubscribing after its stream ended (a client's backoff). */
const RESUBSCRIBE_AFTER_MS = 100;

/**
 * A `requestFeed` client as live pages are meant to be: it remembers the last event id it handled
 * and, whenever its stream ends (an error, a completion, a dropped socket), subscribes again
 * `after` it.
 */
export class RequestFollower {
  readonly ids: number[] = [];
  /** Requests whose SUBMITTED event arrived. */
  readonly submitted = new Set<string>();
  /** `next` messages without an event: each one is an event this client will never see. */
  errorPayloads = 0;
  /** How each stream ended: the error code, or COMPLETE. */
  readonly endings: string[] = [];
  private stopped = false;
  private readonly client: WsClient;

  constructor(
    url: string,
    token: string,
    private readonly startAfter: number,
  ) {
    this.client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    this.subscribe();
  }

  get last(): number {
    return this.ids.at(-1) ?? this.startAfter;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client.dispose();
  }

  private subscribe(): void {
    if (this.stopped) return;
    this.client.subscribe<FeedData>(
      { query: FEED, variables: { after: String(this.last) } },
      {
        next: (message) => {
          const item = message.data?.requestFeed;
          if (!item || message.errors) {
            this.errorPayloads++;
            return;
          }
          this.ids.push(Number(item.event.id));
          if (item.event.type === 'SUBMITTED') this.submitted.add(item.request.id);
        },
        error: (error) => this.resubscribeSoon(codeOf(error)),
        complete: () => this.resubscribeSoon('COMPLETE'),
      },
    );
  }

  private resubscribeSoon(ending: string): void {
    if (this.stopped) return;
    this.endings.push(ending);
    setTimeout(() => this.subscribe(), RESUBSCRIBE_AFTER_MS).unref();
  }
}

function codeOf(error: unknown): string {
  const first = Array.isArray(error) ? (error[0] as { extensions?: { code?: string } }) : undefined;
  if (first) return first.extensions?.code ?? 'NO_CODE';
  return (error as { code?: number })?.code !== undefined ? `SOCKET_${(error as { code: number }).code}` : 'SOCKET';
}
