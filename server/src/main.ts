import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/database';

/** Process entry: configuration, database, listen, graceful shutdown. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const log = (message: string, error?: unknown) =>
    console.log(`[lien-thong] ${message}`, error instanceof Error ? error.message : (error ?? ''));
  const database = await openDatabase(config, log);
  if (database.embedded) log(`using the embedded PostgreSQL in ${config.dataDir}`);

  const app = await createApp({ config, databaseUrl: database.url, log });
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
      log('stopped cleanly');
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('[lien-thong] failed to start:', error);
  process.exit(1);
});
