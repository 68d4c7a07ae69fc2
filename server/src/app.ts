import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import pg from 'pg';
import type { Config } from './config';
import { ormConfig } from './db/orm-config';
import { loadAuditHeadKey, scheduleAuditHeads } from './modules/audit';
import { AuthService, SESSION_REVOKED, type SessionRevokedMessage } from './modules/auth';
import { AttachmentStore, attachmentRoutes, scheduleRequestDeadlines } from './modules/requests';
import { taskExportRoutes } from './modules/tasks';
import { seedDemoData, isDatabaseEmpty } from './seeding/demo-seeder';
import { buildAppSchema } from './schema';
import type { GraphQLContext } from './shared/context';
import { MAX_TOKENS } from './shared/operation-limits';
import { createErrorFormatter } from './shared/format-error';
import { BUS_RESYNC, createEventBus, PgNotifyEventTarget, type EventBus } from './shared/event-bus';
import { SessionCache, VIEWERS_STALE } from './shared/session-cache';
import { Loaders } from './shared/loaders';
import { httpSessionCookie, tokenFromRequest } from './http/session-cookie';
import { attachGraphQLWebSocket } from './http/websocket';
import { bodyErrorHandler } from './http/body-errors';
import { serveClient } from './http/static-client';
import { validationPlugin } from './http/validation-plugin';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  log?: (message: string, error?: unknown) => void;
  /** Sees every SQL statement the ORM sends (tests count them to catch N+1 queries). */
  onQuery?: (sql: string) => void;
}

export interface App {
  orm: MikroORM;
  bus: EventBus;
  httpServer: http.Server;
  /** Event-bus listeners held by open subscriptions: back to its resting value once they close. */
  busListenerCount(): number;
  /** Starts listening; resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Graceful stop: in-flight requests finish, sockets close, then the pools close. */
  stop(): Promise<void>;
}

const defaultLog = (message: string, error?: unknown) =>
  console.error(`[lien-thong] ${message}`, error instanceof Error ? error.message : (error ?? ''));

/** Builds HTTP + WebSocket + Apollo on one port, migrated and (outside production) seeded. */
export async function createApp({ config, databaseUrl, log = defaultLog, onQuery }: AppOptions): Promise<App> {
  // first, so that production without a key refuses to start before touching anything
  const auditHeadKey = loadAuditHeadKey(config.auditHead, { production: config.production, create: true });
  if (auditHeadKey.created)
    log(`created the audit head key ${auditHeadKey.created}: keep a copy outside the database server`);
  const orm = await MikroORM.init(
    ormConfig(databaseUrl, onQuery ? { debug: ['query'], logger: (line) => onQuery(line) } : {}),
  );
  const settings = {
    sessionTtlMs: config.sessionTtlMs,
    loginLimits: config.loginLimits,
    appraisalRouting: config.appraisalRouting,
    provinceName: config.provinceName,
  };
  // replicas starting together (or a rolling update) migrate and seed one at a time
  await oneAtATime(databaseUrl, 'lien-thong:startup', async () => {
    await orm.getMigrator().up();
    if (config.seedOnEmpty && (await isDatabaseEmpty(orm.em.fork()))) {
      await seedDemoData(orm.em.fork(), { password: config.demoPassword, withRequests: config.demoRequests, settings });
      log('loaded the demo data (empty database)');
    }
  });

  const auditHeads = await scheduleAuditHeads(() => orm.em.fork(), auditHeadKey.key, config.auditHead, log);

  const notifyPool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  notifyPool.on('error', (error) => log('event bus pool error', error));
  const eventTarget = new PgNotifyEventTarget(notifyPool, databaseUrl, undefined, (m) => log(m));
  await eventTarget.start();
  const bus = createEventBus(eventTarget);
  const sessions = new SessionCache();
  // other processes' revocations arrive on the bus; after a lost LISTEN connection, trust nothing
  eventTarget.addEventListener(SESSION_REVOKED, (event) =>
    sessions.forget([(event as CustomEvent<SessionRevokedMessage>).detail.sessionId]),
  );
  eventTarget.addEventListener(BUS_RESYNC, () => sessions.clear());
  // an agency moved in the tree: the units a remembered leader acts for may have changed
  eventTarget.addEventListener(VIEWERS_STALE, () => sessions.clear());
  const schema = await buildAppSchema(bus);

  const deadlines =
    config.deadlineSweepMinutes > 0
      ? scheduleRequestDeadlines(
          () => orm.em.fork(),
          bus,
          { ...config, intervalMs: config.deadlineSweepMinutes * 60_000 },
          log,
        )
      : null;
  const viewerFor = (token: string | null) => new AuthService(orm.em.fork(), bus, sessions).viewerForToken(token);
  const liveSession = (token: string | null) => new AuthService(orm.em.fork(), bus, sessions).liveSession(token);
  const baseContext = (viewer: GraphQLContext['viewer']) => {
    const em = orm.em.fork();
    return { em, viewer, loaders: new Loaders(em), bus, sessions, settings };
  };

  const expressApp = express();
  expressApp.disable('x-powered-by');
  // whose X-Forwarded-For to believe: the client address feeds the per-address login limit
  expressApp.set('trust proxy', config.trustProxy);
  expressApp.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    const ok = await withTimeout(orm.em.getConnection().execute('select 1'), 2000).then(
      () => true,
      () => false,
    );
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'database unavailable' });
  });

  const httpServer = http.createServer(expressApp);
  const formatError = createErrorFormatter(log);
  const sockets = attachGraphQLWebSocket({
    httpServer,
    schema,
    bus,
    config,
    liveSession,
    baseContext,
    log,
    formatError,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // validated by validationPlugin, with the operation limits before graphql's own rules
    dangerouslyDisableValidation: true,
    // main.ts owns the shutdown order (requests, sockets, pools, database); Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      validationPlugin({ introspection: !config.production, formatError }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // no HTTP caching hints are used; the default cache-control plugin would wrap every resolver
      ApolloServerPluginCacheControlDisabled(),
      // no Sandbox or landing page in production: the API is not advertised
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      { serverWillStart: async () => ({ drainServer: () => sockets.close() }) },
    ],
  });
  await apollo.start();

  expressApp.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        ...baseContext(await viewerFor(tokenFromRequest(req))),
        sessionCookie: httpSessionCookie(req, res, config.production),
        meta: { ip: req.ip ?? '', userAgent: req.get('user-agent') ?? '' },
      }),
    }),
  );
  expressApp.use('/graphql', bodyErrorHandler);
  expressApp.use(
    attachmentRoutes({
      orm,
      bus,
      store: new AttachmentStore(config.attachmentsDir),
      maxBytes: config.attachmentMaxBytes,
      quota: config.attachmentQuota,
      viewerOf: (req) => viewerFor(tokenFromRequest(req)),
      log,
    }),
  );
  expressApp.use(taskExportRoutes({ orm, bus, viewerOf: (req) => viewerFor(tokenFromRequest(req)), log }));
  serveClient(expressApp, config.clientDist);

  return {
    orm,
    bus,
    httpServer,
    busListenerCount: () => eventTarget.listenerCount(),
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}`);
        });
      });
    },
    async stop() {
      log('stop: draining HTTP and WebSocket');
      await apollo.stop();
      await deadlines?.stop();
      await auditHeads.stop();
      log('stop: closing pools');
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      await eventTarget.close();
      await notifyPool.end();
      await orm.close();
    },
  };
}

/** Runs `work` while holding a PostgreSQL advisory lock (on its own connection) named `name`. */
async function oneAtATime(databaseUrl: string, name: string, work: () => Promise<void>): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [name]);
    await work();
  } finally {
    await lock.end(); // ending the session releases the lock, also after a failure
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
