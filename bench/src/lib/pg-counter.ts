import { startPgProxy } from './pg-proxy';

/**
 * A TCP proxy in front of PostgreSQL that counts the SQL statements clients send, by reading the
 * frontend protocol: each simple Query ('Q') and each extended-protocol Execute ('E') is one
 * statement. (pg_stat_statements is not preloaded on the machine's PostgreSQL, and restarting a
 * shared server is not ours to do.) Only used in a separate counting pass, never under load.
 */
export interface PgCounter {
  port: number;
  statements(): number;
  /** The SQL texts seen since the last call (Query text, or the Parse text before an Execute). */
  takeTexts(): string[];
  close(): Promise<void>;
}

export async function startPgCounter(upstreamHost: string, upstreamPort: number): Promise<PgCounter> {
  let count = 0;
  let texts: string[] = [];
  const proxy = await startPgProxy(upstreamHost, upstreamPort, () => {
    let parsed = '';
    return (type, body) => {
      if (type === 'Q' || type === 'E') count++;
      if (type === 'Q') texts.push(body.toString('utf8', 0, body.length - 1));
      if (type === 'P') {
        const nameEnd = body.indexOf(0);
        parsed = body.toString('utf8', nameEnd + 1, body.indexOf(0, nameEnd + 1));
      }
      if (type === 'E') texts.push(parsed);
    };
  });
  return {
    port: proxy.port,
    statements: () => count,
    takeTexts: () => {
      const taken = texts;
      texts = [];
      return taken;
    },
    close: () => proxy.close(),
  };
}
