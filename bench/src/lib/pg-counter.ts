import net from 'node:net';

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
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let startup = true;
    let parsed = '';
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 4) break;
          const len = buffer.readInt32BE(0);
          if (buffer.length < len) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(len);
          // SSLRequest / GSSENCRequest come before the real startup message.
          if (code !== 80877103 && code !== 80877104) startup = false;
          continue;
        }
        if (buffer.length < 5) break;
        const len = buffer.readInt32BE(1);
        if (buffer.length < 1 + len) break;
        const type = String.fromCharCode(buffer[0]);
        if (type === 'Q' || type === 'E') count++;
        if (type === 'Q') texts.push(buffer.toString('utf8', 5, 1 + len - 1));
        if (type === 'P') {
          const nameEnd = buffer.indexOf(0, 5);
          parsed = buffer.toString('utf8', nameEnd + 1, buffer.indexOf(0, nameEnd + 1));
        }
        if (type === 'E') texts.push(parsed);
        buffer = buffer.subarray(1 + len);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    statements: () => count,
    takeTexts: () => {
      const taken = texts;
      texts = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
