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
import { auditHeadJobs, loadAuditHeadKey, scheduleAuditHeads } from './modules/audit';
import { AuthService, SESSION_REVOKED, type SessionRevokedMessage } from './modules/auth';
import { DOMAIN_EVENT } from './modules/events';
import { newestEventId, noticesBetween } from './modules/events';
import { DELEGATION_CHANGED, type DelegationChangedMessage } from './modules/delegations';
import { provinceYear, wallClock, type Clock } from './shared/clock';
import { AttachmentStore, attachmentRoutes, requestDeadlineJobs, scheduleRemindersOnChange } from './modules/requests';
import { taskExportRoutes } from './modules/tasks';
import { documentRoutes, loadDocumentProfile, registerOfficialLayouts, setDocumentProfile } from './modules/documents';
import { configureSigning, verifyRoutes } from './modules/signing';
import { seedDemoData, isDatabaseEmpty } from './seeding/demo-seeder';
import { buildAppSchema } from './schema';
import { prepareCodes } from './modules/numbering';
import { compiledExecution } from './http/compiled-execution';
import type { GraphQLContext } from './shared/context';
import { MAX_TOKENS } from './shared/operation-limits';
import { createErrorFormatter } from './shared/format-error';
import { BUS_RESYNC, createEventBus, PgNotifyEventTarget, type EventBus } from './shared/event-bus';
import { NoticesAfterCommit } from './shared/event-bus';
import { RedisEventTarget } from './shared/event-bus-redis';
import { SessionCache, VIEWERS_STALE } from './shared/session-cache';
import { Loaders } from './shared/loaders';
import { LiveReadConnections } from './shared/live-reads';
import { httpSessionCookie, tokenFromRequest } from './http/session-cookie';
import { attachGraphQLWebSocket } from './http/websocket';
import { bodyErrorHandler } from './http/body-errors';
import { serveClient } from './http/static-client';
import { validationPlugin } from './http/validation-plugin';
import { metricsRoute } from './http/metrics-route';
import { operationLogPlugin } from './http/operation-log-plugin';
import { finalErrorHandler } from './http/final-error';
import { readiness } from './http/readiness';
import { startJobEngine } from './jobs';
import { requestLog } from './http/request-log';
import { createLogger, knexLog, logFunction, type Logger } from './observability/logger';
import { watchDatabasePools } from './observability/database-pools';
import { countEventPublished } from './observability/metrics';
import { currentRequestId, inRequestScope } from './observability/request-scope';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  /** The server's logger (main.ts: from LOG_LEVEL and NODE_ENV); tests capture its lines. */
  logger?: Logger;
  /** Sees every SQL statement the ORM and the live read connections send (tests count them to catch N+1 queries). */
  onQuery?: (sql: string) => void;
  /** The time delegations are judged at (tests move it past a delegation's end). */
  clock?: Clock;
  /** Told how each HTTP operation was executed (tests: queries take the compiled plan). */
  onExecution?: (path: 'compiled' | 'graphql-js') => void;
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

/** Builds HTTP + WebSocket + Apollo on one port, migrated and (outside production) seeded. */
export async function createApp({
  config,
  databaseUrl,
  logger: given,
  onQuery,
  clock = wallClock,
  onExecution,
}: AppOptions): Promise<App> {
  const logger = given ?? createLogger({ level: config.logLevel });
  // before seeding: the demo's decisions and notices are signed, in their official layout, as they are issued
  configureSigning(config.signing);
  registerOfficialLayouts();
  // the modules take a plain callback: an error logs with its full stack
  const log = logFunction(logger);
  // a wrong profile file stops the start, before anything is touched: documents must not print wrong legal bases
  setDocumentProfile(loadDocumentProfile(config.provinceName, config.documentProfileFile));
  // first, so that production without a key refuses to start before touching anything
  const auditHeadKey = loadAuditHeadKey(config.auditHead, { production: config.production, create: true });
  if (auditHeadKey.created)
    log(`created the audit head key ${auditHeadKey.created}: keep a copy outside the database server`);
  // knex reports lost connections on its own: through the logger, not the console
  const driverOptions = { log: knexLog(logger) };
  const orm = await MikroORM.init(
    ormConfig(
      databaseUrl,
      onQuery
        ? { debug: ['query'], logger: (line) => onQuery(line), driverOptions }
        : { colors: false, logger: (line) => logger.info({ component: 'orm' }, line), driverOptions },
    ),
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
    // this year's record-code sequences exist before the year's first code is drawn
    await prepareCodes(orm.em.fork(), provinceYear(clock()));
  });

  const auditHeads = await scheduleAuditHeads(() => orm.em.fork(), auditHeadKey.key, config.auditHead, log);

  const notifyPool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  notifyPool.on('error', (error) => log('event bus pool error', error));
  const eventTarget = config.redisUrl
    ? new RedisEventTarget({
        url: config.redisUrl,
        channel: config.redisChannel,
        // streams trust a notice's id: Redis notices are put back in the log's order first
        ordered: {
          topic: DOMAIN_EVENT,
          newest: () => newestEventId(orm.em.fork()),
          between: (afterId, uptoId) => noticesBetween(orm.em.fork(), afterId, uptoId),
        },
        log: (m) => log(m),
      })
    : new PgNotifyEventTarget(notifyPool, databaseUrl, undefined, (m) => log(m));
  // with Redis, the committing process publishes the event log's notices after COMMIT (no NOTIFY)
  if (config.redisUrl) orm.em.getEventManager().registerSubscriber(new NoticesAfterCommit(eventTarget));
  await eventTarget.start();
  const bus = createEventBus(eventTarget, log);
  // every process hears each committed event once: the "published" count
  const stopCountingEvents = bus.listen(DOMAIN_EVENT, () => countEventPublished());
  const liveReads = new LiveReadConnections(databaseUrl, orm.em.getConnection().getKnex(), log, onQuery);
  const unwatchPools = watchDatabasePools(orm, notifyPool, liveReads);
  const sessions = new SessionCache();
  // other processes' revocations arrive on the bus; after a lost LISTEN connection, trust nothing
  eventTarget.addEventListener(SESSION_REVOKED, (event) =>
    sessions.forget([(event as CustomEvent<SessionRevokedMessage>).detail.sessionId]),
  );
  // a delegation given or revoked: the delegate's remembered viewers are stale (their sessions stay)
  eventTarget.addEventListener(DELEGATION_CHANGED, (event) =>
    sessions.forget((event as CustomEvent<DelegationChangedMessage>).detail.sessionIds),
  );
  eventTarget.addEventListener(BUS_RESYNC, () => sessions.clear());
  // an agency moved in the tree: the units a remembered leader acts for may have changed
  eventTarget.addEventListener(VIEWERS_STALE, () => sessions.clear());
  const schema = await buildAppSchema(bus);

  // the job engine (its schema installed on start): the deadline sweep and the audit heads on their
  // schedules, reminders and escalations as jobs
  const jobs = config.jobs.enabled
    ? await startJobEngine({
        databaseUrl,
        settings: config.jobs,
        logger,
        jobs: [
          requestDeadlineJobs(() => orm.em.fork(), bus, config),
          auditHeadJobs(() => orm.em.fork(), auditHeadKey.key, config.auditHead),
        ],
      })
    : null;
  const stopSchedulingReminders = jobs ? scheduleRemindersOnChange(config) : null;
  const viewerFor = (token: string | null) =>
    new AuthService(orm.em.fork(), bus, sessions, clock).viewerForToken(token);
  // file transfers are not GraphQL: a session that must change its password is nobody there
  const fileViewerOf = async (req: express.Request) => {
    const viewer = await viewerFor(tokenFromRequest(req));
    return viewer?.mustChangePassword ? null : viewer;
  };
  const liveSession = (token: string | null) => new AuthService(orm.em.fork(), bus, sessions, clock).liveSession(token);
  const baseContext = (viewer: GraphQLContext['viewer']) => {
    const em = orm.em.fork();
    return { em, viewer, loaders: new Loaders(em), bus, liveReads, sessions, settings, clock };
  };

  const expressApp = express();
  expressApp.disable('x-powered-by');
  // whose X-Forwarded-For to believe: the client address feeds the per-address login limit
  expressApp.set('trust proxy', config.trustProxy);
  expressApp.use(requestLog(logger));
  expressApp.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get(
    '/readyz',
    readiness(
      {
        database: () => orm.em.getConnection().execute('select 1'),
        eventBus: async () => {
          if (!eventTarget.isListening())
            throw new Error(`${config.redisUrl ? 'Redis' : 'LISTEN'} connection lost, reconnecting`);
        },
        ...(jobs ? { jobEngine: () => jobs.check() } : {}),
      },
      logger,
    ),
  );
  expressApp.get('/metrics', metricsRoute(config.metricsAllow));

  const httpServer = http.createServer(expressApp);
  const formatError = createErrorFormatter(
    (message, error, requestId) => logger.error({ err: error, requestId }, message),
    currentRequestId,
  );
  const sockets = attachGraphQLWebSocket({
    httpServer,
    schema,
    bus,
    config,
    liveSession,
    baseContext,
    log,
    logger,
    formatError,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    // queries through compiled plans (Apollo's one executor hook is the gateway interface), or graphql-js
    ...(config.compiledExecution ? { gateway: compiledExecution(schema, onExecution) } : { schema }),
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
      operationLogPlugin(logger),
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
    // after the body parser (its stream callbacks would lose the scope): every step of the operation sees the request id
    (_req, res, next) => inRequestScope(res.locals.requestId as string, next),
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
      viewerOf: fileViewerOf,
      log,
    }),
  );
  expressApp.use(taskExportRoutes({ orm, bus, viewerOf: fileViewerOf, log }));
  expressApp.use(documentRoutes({ orm, bus, viewerOf: fileViewerOf, log }));
  expressApp.use(verifyRoutes({ orm, maxBytes: config.attachmentMaxBytes, viewerOf: fileViewerOf, log }));
  serveClient(expressApp, config.clientDist);
  expressApp.use(finalErrorHandler(logger));

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
      stopSchedulingReminders?.();
      await jobs?.stop();
      await auditHeads.stop();
      log('stop: closing pools');
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      stopCountingEvents();
      unwatchPools();
      await eventTarget.close();
      await notifyPool.end();
      await liveReads.close();
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
