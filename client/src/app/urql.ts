import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

/** An urql client plus the WebSocket it owns, so a new session can start from a clean slate. */
export interface ApiClient {
  client: Client;
  dispose: () => void;
  /**
   * Calls `listener` each time the WebSocket comes back after a dropped connection. graphql-ws
   * then re-sends every active subscription with its original variables; live views use this
   * signal to resubscribe from the last event they saw instead. Returns the unsubscribe function.
   */
  onReconnect: (listener: () => void) => () => void;
}

const GRAPHQL_PATH = '/graphql';

export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

// The session cookie authenticates both transports, so no token handling happens here.
export function createApiClient(): ApiClient {
  const ws = createWsClient({ url: graphqlWsUrl(window.location), lazy: true, retryAttempts: 10 });

  const client = new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false, // the server's CSRF prevention rejects GET
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });

  return {
    client,
    dispose: () => void ws.dispose(),
    onReconnect: (listener) =>
      ws.on('connected', (_socket, _payload, wasRetry) => {
        if (wasRetry) listener();
      }),
  };
}
