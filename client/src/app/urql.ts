import {
  Client,
  cacheExchange,
  fetchExchange,
  getOperationName,
  mapExchange,
  subscriptionExchange,
  type Exchange,
} from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { ApiClient, ApiClientOptions } from '../kit/api-provider';
import { errorCode } from '../kit/errors';

const GRAPHQL_PATH = '/graphql';

// The operations about the session itself: a wrong password or signing out of a dead session
// answer UNAUTHENTICATED too, and `me` decides who is signed in; their callers handle that.
const SESSION_OPERATIONS = new Set(['Me', 'Login', 'Logout']);

/** Close codes the server uses when the session behind a socket ends (graphql-ws: Unauthorized, Forbidden). */
const SESSION_CLOSE_CODES: readonly number[] = [4401, 4403];

export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

/**
 * The one exchange list of the client. `transport` is what talks to the server (fetch and the
 * WebSocket in the app, a fixture-answering stub in tests); everything before it is shared, so
 * tests see exactly what the server would be sent (`__typename` from the document cache included).
 */
export function apiExchanges(transport: Exchange[], { onSessionExpired }: ApiClientOptions): Exchange[] {
  const sessionExpiry = mapExchange({
    onError(error, operation) {
      if (errorCode(error) === 'UNAUTHENTICATED' && !SESSION_OPERATIONS.has(getOperationName(operation.query) ?? ''))
        onSessionExpired();
    },
  });
  return [sessionExpiry, cacheExchange, ...transport];
}

/** Calls `onSessionExpired` when the server closes the socket because the session ended. */
export function watchSessionCloses(ws: Pick<WsClient, 'on'>, onSessionExpired: () => void): () => void {
  return ws.on('closed', (event) => {
    const code = (event as { code?: unknown }).code;
    if (typeof code === 'number' && SESSION_CLOSE_CODES.includes(code)) onSessionExpired();
  });
}

// The session cookie authenticates both transports, so no token handling happens here.
export function createApiClient(options: ApiClientOptions): ApiClient {
  const ws = createWsClient({ url: graphqlWsUrl(window.location), lazy: true, retryAttempts: 10 });
  const stopWatchingCloses = watchSessionCloses(ws, options.onSessionExpired);

  const client = new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false, // the server's CSRF prevention rejects GET
    fetchOptions: { credentials: 'same-origin' },
    exchanges: apiExchanges(
      [
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({
              unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
            }),
          }),
        }),
      ],
      options,
    ),
  });

  return {
    client,
    dispose: () => {
      stopWatchingCloses();
      void ws.dispose();
    },
    onReconnect: (listener) =>
      ws.on('connected', (_socket, _payload, wasRetry) => {
        if (wasRetry) listener();
      }),
  };
}
