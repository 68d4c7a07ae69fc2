import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger, logFunction, loggerFromEnv } from './observability/logger';
import { startTracing } from './observability/tracing';

/** Process entry: configuration, tracing, database, listen, graceful shutdown. */
async function main(): Promise<void> {
  const started = Date.now();
  const logger = loggerFromEnv();
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  const config = loadConfig();
  // before the app's modules load, so that OpenTelemetry can wrap http, pg and graphql (when on)
  const tracing = await startTracing(process.env, logger);
  const { createApp } = await import('./app.js');
  const { openDatabase } = await import('./db/database.js');
  const log = logFunction(logger);
  const database = await openDatabase(config, log);
  if (database.embedded) log(`using the embedded PostgreSQL in ${config.dataDir}`);

  const app = await createApp({ config, databaseUrl: database.url, logger });
  const url = await app.listen();
  log(`ready in ${Date.now() - started} ms: ${url} (GraphQL at ${url}/graphql)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await app.stop();
      await database.close();
      await tracing?.shutdown();
      log('stopped cleanly');
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // not from the environment: a bad LOG_LEVEL may be the very failure
  createLogger({ level: 'info' }).fatal({ err: error }, 'failed to start');
  process.exit(1);
});
