import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';

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

/** What <ApiProvider> hands every client it creates. */
export interface ApiClientOptions {
  /** The server no longer knows the session (HTTP answer or socket close): sign in again. */
  onSessionExpired: () => void;
}

export type CreateApiClient = (options: ApiClientOptions) => ApiClient;

const ResetApiContext = createContext<() => void>(() => {
  throw new Error('useResetApi must be used inside <ApiProvider>');
});

const ApiClientContext = createContext<ApiClient | null>(null);

interface ApiProviderProps {
  children: ReactNode;
  /** The app passes the real HTTP + WebSocket client; tests pass a stub. */
  createClient: CreateApiClient;
}

/**
 * Provides the urql client and a way to replace it. Signing in or out swaps in a fresh client:
 * no cached data from the previous user survives, and the WebSocket reconnects with the new cookie.
 */
export function ApiProvider({ children, createClient }: ApiProviderProps) {
  const [api, setApi] = useState(() => makeClient());
  const current = useRef(api);
  // Set by an expiry, cleared by signing in or out: if the server still knows the user after an
  // expiry, the fresh client shows the error instead of replacing itself again and again.
  const expiryHandled = useRef(false);

  // A burst of UNAUTHENTICATED answers replaces the client once; the fresh client asks `me` again
  // and <RequireAuth> sends the user to the login page with the way back.
  function makeClient(): ApiClient {
    const made: ApiClient = createClient({
      onSessionExpired: () => {
        if (expiryHandled.current || current.current !== made) return;
        expiryHandled.current = true;
        // Results can arrive while React renders a reader; swap the client outside that render.
        queueMicrotask(replace);
      },
    });
    return made;
  }

  function replace() {
    current.current.dispose();
    const next = makeClient();
    current.current = next;
    setApi(next);
  }

  // Only refs and the (stable) createClient are involved, so one callback serves every render.
  const reset = useCallback(() => {
    expiryHandled.current = false;
    replace();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- replace reads only refs, setApi and createClient
  }, []);

  return (
    <ResetApiContext.Provider value={reset}>
      <ApiClientContext.Provider value={api}>
        <Provider value={api.client}>{children}</Provider>
      </ApiClientContext.Provider>
    </ResetApiContext.Provider>
  );
}

export function useResetApi(): () => void {
  return useContext(ResetApiContext);
}

/** Calls `listener` whenever the live connection is re-established after a drop. */
export function useApiReconnects(listener: () => void): void {
  const api = useContext(ApiClientContext);
  if (!api) throw new Error('useApiReconnects must be used inside <ApiProvider>');
  const latestListener = useRef(listener);

  useEffect(() => {
    latestListener.current = listener;
  });

  useEffect(() => api.onReconnect(() => latestListener.current()), [api]);
}
