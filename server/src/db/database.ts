import path from 'node:path';
import type { Config } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** The configured PostgreSQL, or the embedded one under the data folder when none is set. */
export async function openDatabase(config: Config, log: (m: string) => void = () => {}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, close: async () => {} };
  const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), config.embeddedPgPort, log);
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}
