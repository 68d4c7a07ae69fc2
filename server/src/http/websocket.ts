import type http from 'node:http';
import { CloseCode, type Context, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  getOperationAST,
  type ExecutionArgs,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config';
import { SESSION_REVOKED, tokenFromHeaders, type LiveSession } from '../modules/auth';
import type { GraphQLContext } from '../shared/context';
import { keyedGraphQLError } from '../shared/errors';
import type { EventBus } from '../shared/event-bus';
import type { Logger } from '../observability/logger';
import {
  countConnection,
  countRateLimitRefusal,
  countSubscription,
  countSubscriptionStart,
  operationLabel,
} from '../observability/metrics';
import { acceptRequestId } from '../observability/request-scope';
import { message } from '../shared/messages';
import { checkOperation } from '../shared/operation-limits';
import { rememberDocumentText, subscribeSharingResults } from './shared-execution';
import type { Viewer } from '../shared/viewer';
import { VIEWERS_STALE } from '../shared/session-cache';

const MAX_PAYLOAD_BYTES = 64 * 1024;
const MAX_SUBSCRIPTIONS_PER_SOCKET = 50;
/** A timer holds at most 2^31-1 ms (~24.8 days); longer sessions re-arm it. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Close code for a connection over the per-user cap (4xxx: application codes, like 4401/4403). */
export const TOO_MANY_SOCKETS = 4429;
/** Close code when the agency tree changed: 1012 (service restart), which clients retry. */
export const AGENCY_TREE_CHANGED = 1012;

type SocketExtra = Record<PropertyKey, unknown> & {
  socket: WebSocket;
  request: http.IncomingMessage;
  viewer?: Viewer;
  token?: string | null;
  subscriptions?: Set<string>;
  expiry?: { cancel(): void };
  /** Each operation on this socket, by graphql-ws id: its request id, name and start (for its log lines). */
  operations?: Map<string, { requestId: string; operation: string; startedAt: number }>;
};

export interface WebSocketDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  bus: EventBus;
  config: Config;
  /** The session as the database has it now (never a remembered copy). */
  liveSession(token: string | null): Promise<LiveSession | null>;
  baseContext(viewer: Viewer | null): Omit<GraphQLContext, 'sessionCookie' | 'meta'>;
  log(message: string, error?: unknown): void;
  /** One line per subscription started or refused, and per socket refused for the per-user cap. */
  logger: Logger;
  formatError(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError;
}

/**
 * graphql-ws on the HTTP server's `/graphql` path. Authentication happens once, in
 * `connection_init` (bearer token in connectionParams, or the browser's session cookie), and
 * the session is looked up again at every subscribe. A socket never outlives its session: closed
 * 4403 (Forbidden) at once when the session is revoked (logout, account disabled), on every server
 * process; closed 4401 (Unauthorized) when the session expires, or is found ended at a subscribe.
 */
export function attachGraphQLWebSocket(deps: WebSocketDeps): { close(): Promise<void> } {
  const { httpServer, schema, bus, config } = deps;
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_PAYLOAD_BYTES,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) =>
      isAllowedOrigin(origin, req.headers.host, config.allowedOrigins),
  });
  const socketsBySession = new Map<string, Set<WebSocket>>();
  // each socket holds memory and event-bus listeners: one user (or a stolen token) gets a bounded share
  const socketsByUser = new Map<string, Set<WebSocket>>();

  const disposable = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      subscribe: subscribeSharingResults((viewer) => ({
        ...deps.baseContext(viewer),
        sessionCookie: null,
        meta: { ip: '', userAgent: '' },
      })),
      onConnect: async (ctx) => {
        const token = tokenFromHeaders(ctx.connectionParams?.authorization, ctx.extra.request.headers.cookie);
        const session = await deps.liveSession(token);
        if (!session) return false;
        const { viewer } = session;
        if ((socketsByUser.get(viewer.userId)?.size ?? 0) >= config.maxSocketsPerUser) {
          countRateLimitRefusal('sockets_per_user');
          deps.logger.warn({ userId: viewer.userId, agencyId: viewer.agencyId }, 'websocket refused: too many sockets');
          ctx.extra.socket.close(TOO_MANY_SOCKETS, 'Too many connections for this user');
          return false;
        }
        ctx.extra.viewer = viewer;
        ctx.extra.token = token;
        ctx.extra.subscriptions = new Set();
        ctx.extra.operations = new Map();
        countConnection(1);
        ctx.extra.expiry = closeAtExpiry(ctx.extra.socket, session.expiresAt);
        addTo(socketsBySession, viewer.sessionId, ctx.extra.socket);
        addTo(socketsByUser, viewer.userId, ctx.extra.socket);
        return true;
      },
      onClose: (ctx) => {
        ctx.extra.expiry?.cancel();
        const viewer = ctx.extra.viewer;
        if (!viewer) return;
        countConnection(-1);
        // the socket's subscriptions end with it (a late onComplete then finds them gone)
        for (const id of [...(ctx.extra.subscriptions ?? [])]) ended(ctx, id);
        removeFrom(socketsBySession, viewer.sessionId, ctx.extra.socket);
        removeFrom(socketsByUser, viewer.userId, ctx.extra.socket);
      },
      onSubscribe: async (ctx, id, payload) => {
        // each operation has its own request id (the client's `extensions.requestId` when sane)
        const requestId = acceptRequestId(payload.extensions?.requestId);
        const operation = { requestId, operation: payload.operationName ?? '(anonymous)', startedAt: Date.now() };
        ctx.extra.operations?.set(id, operation);
        const started = await subscribeChecked(ctx, id, payload);
        const refused = Array.isArray(started);
        const outcome = refused ? String(started[0]?.extensions?.code ?? 'UNKNOWN') : 'OK';
        const name = refused
          ? payload.operationName
          : getOperationAST((started as ExecutionArgs).document, payload.operationName)?.name?.value;
        operation.operation = name ?? '(anonymous)';
        countSubscriptionStart(operationLabel(name), outcome);
        const viewer = ctx.extra.viewer;
        deps.logger.info(
          {
            requestId,
            operation: operation.operation,
            type: 'subscription',
            userId: viewer?.userId ?? null,
            agencyId: viewer?.agencyId ?? null,
            outcome,
          },
          'graphql subscription',
        );
        if (outcome === 'RATE_LIMITED') countRateLimitRefusal('subscriptions_per_socket');
        return started;
      },
      // graphql-ws bypasses Apollo: run results through the same error formatter, with the operation's request id.
      onNext: (ctx, id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => deps.formatError(e.toJSON(), e, requestIdOf(ctx, id))) }
          : result,
      // a stream that ended with an error reaches here wrapped by graphql-ws: format its cause
      onError: (ctx, id, _payload, errors) => {
        const formatted = errors.map((e) => deps.formatError(e.toJSON(), e.originalError ?? e, requestIdOf(ctx, id)));
        // a refused subscribe ends here (no onComplete follows): its id is not kept for the socket's life
        if (!ctx.extra.subscriptions?.has(id)) ctx.extra.operations?.delete(id);
        return formatted;
      },
      onComplete: (ctx, id) => ended(ctx, id),
      context: (ctx) => ({
        ...deps.baseContext(ctx.extra.viewer ?? null),
        sessionCookie: null,
        meta: {
          ip: ctx.extra.request.socket.remoteAddress ?? '',
          userAgent: ctx.extra.request.headers['user-agent'] ?? '',
        },
      }),
    },
    wss,
  );

  // An agency moved: what each socket's viewer acts for (a leader's units) may have changed, and
  // its live streams judge events by it. Every socket closes as "service restart"; clients
  // reconnect, resume after their last event id (nothing missed) and are read with the new tree.
  const stopTreeListener = bus.listen(VIEWERS_STALE, () => {
    for (const sockets of socketsBySession.values())
      for (const socket of sockets) socket.close(AGENCY_TREE_CHANGED, 'Agency tree changed');
  });

  /** A subscription ends (completed by either side, or with its socket): counted out, with its lifetime logged. */
  function ended(ctx: Context<Record<string, unknown>, SocketExtra>, id: string): void {
    const operation = ctx.extra.operations?.get(id);
    ctx.extra.operations?.delete(id);
    if (!ctx.extra.subscriptions?.delete(id)) return;
    countSubscription(-1);
    deps.logger.info(
      {
        requestId: operation?.requestId,
        operation: operation?.operation,
        userId: ctx.extra.viewer?.userId ?? null,
        agencyId: ctx.extra.viewer?.agencyId ?? null,
        durationMs: operation ? Date.now() - operation.startedAt : null,
      },
      'graphql subscription ended',
    );
  }

  /** The checks of a subscribe, in order; the execution arguments, or the refusal. */
  async function subscribeChecked(
    ctx: Context<Record<string, unknown>, SocketExtra>,
    id: string,
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    // first, so that no await separates the cap check below from taking a slot
    const session = await deps.liveSession(ctx.extra.token ?? null);
    if (!session) {
      // the refusal is sent first, then the socket ends like an expired one
      setImmediate(() => ctx.extra.socket.close(CloseCode.Unauthorized, 'Session ended'));
      return [keyedGraphQLError('UNAUTHENTICATED', message('api.sessionExpired'))];
    }
    // a one-time password allows no subscription (the same rule as HTTP: auth/password-change-gate.ts)
    if (session.viewer.mustChangePassword) {
      return [keyedGraphQLError('PASSWORD_CHANGE_REQUIRED', message('auth.passwordChangeRequired'))];
    }
    const active = ctx.extra.subscriptions!;
    if (active.size >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return [keyedGraphQLError('RATE_LIMITED', message('api.tooManySubscriptions'))];
    }
    const checked = checkOperation(schema, payload.query, { introspection: !config.production });
    if ('errors' in checked) return checked.errors;
    const { document } = checked;
    if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
      return [keyedGraphQLError('BAD_USER_INPUT', message('api.subscriptionsOnly'))];
    }
    active.add(id);
    countSubscription(1);
    rememberDocumentText(document, payload.query);
    // validated here with the same rules as HTTP; graphql-ws runs it as given
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  }

  const revocations = bus.subscribe(SESSION_REVOKED);
  void (async () => {
    for await (const { sessionId } of revocations) {
      for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(CloseCode.Forbidden, 'Session revoked');
    }
  })().catch((error) => deps.log('websocket: revocation listener stopped', error));

  return {
    async close() {
      stopTreeListener();
      await revocations.return?.();
      await disposable.dispose(); // closes every socket (1001 Going away) and the WebSocket server
    },
  };
}

function requestIdOf(ctx: Context<Record<string, unknown>, SocketExtra>, id: string): string | undefined {
  return ctx.extra.operations?.get(id)?.requestId;
}

/** Closes the socket when its session expires. */
function closeAtExpiry(socket: WebSocket, expiresAt: Date): { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const left = expiresAt.getTime() - Date.now();
    if (left <= 0) socket.close(CloseCode.Unauthorized, 'Session expired');
    else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS)).unref();
  };
  arm();
  return { cancel: () => clearTimeout(timer) };
}

function addTo(index: Map<string, Set<WebSocket>>, key: string, socket: WebSocket): void {
  const set = index.get(key) ?? new Set();
  set.add(socket);
  index.set(key, set);
}

function removeFrom(index: Map<string, Set<WebSocket>>, key: string, socket: WebSocket): void {
  const set = index.get(key);
  set?.delete(socket);
  if (set?.size === 0) index.delete(key);
}

/** Browsers always send Origin: accept only this server's own host or configured origins. */
function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowed: string[]): boolean {
  if (!origin) return true; // non-browser API clients authenticate with a bearer token instead
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
