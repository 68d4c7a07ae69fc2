import net from 'node:net';

/** Sees each frontend message of one client connection: its type byte and its body. */
export type MessageHandler = (type: string, body: Buffer) => void;

export interface PgProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that passes every byte through and hands each frontend
 * (client → server) protocol message to a handler made per connection, after the startup
 * exchange. The base of the statement counter and the statement capture.
 */
export async function startPgProxy(
  upstreamHost: string,
  upstreamPort: number,
  onConnection: (connection: number) => MessageHandler,
): Promise<PgProxy> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((client) => {
    const onMessage = onConnection(++connections);
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let startup = true;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          // startup messages have no type byte: length, then a code
          if (buffer.length < 8) break;
          const len = buffer.readInt32BE(0);
          if (buffer.length < len) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(len);
          if (code !== 80877103 && code !== 80877104) startup = false; // SSL/GSS requests precede startup
          continue;
        }
        if (buffer.length < 5) break;
        const len = buffer.readInt32BE(1);
        if (buffer.length < 1 + len) break;
        onMessage(String.fromCharCode(buffer[0]), buffer.subarray(5, 1 + len));
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
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
