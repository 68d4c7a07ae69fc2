import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that records every statement a client runs WITH its
 * parameters, by reading the frontend protocol: simple Query ('Q') texts, and for the extended
 * protocol the Parse text (per prepared-statement name and connection), the Bind values and the
 * Execute. `pg-counter.ts` only counts and keeps texts; the writes benchmark needs the values too,
 * to replay a mutation's exact statements with fresh parameters in its raw-`pg` floor.
 * Only used for one or a few requests, never under load.
 */
export interface CapturedStatement {
  /** Which client connection (1, 2, ...): statements of one transaction share it. */
  connection: number;
  text: string;
  /** Bind values as sent (text format), null for SQL NULL; empty for a simple Query. */
  params: (string | null)[];
  /** True if any parameter was sent in binary format (then `params` holds base64). */
  binary: boolean;
  simple: boolean;
}

export interface PgCapture {
  port: number;
  /** Statements since the last call, in the order the proxy saw their Execute / Query. */
  take(): CapturedStatement[];
  close(): Promise<void>;
}

export async function startPgCapture(upstreamHost: string, upstreamPort: number): Promise<PgCapture> {
  let captured: CapturedStatement[] = [];
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const connection = ++connections;
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let startup = true;
    const prepared = new Map<string, string>();
    const portals = new Map<string, { text: string; params: (string | null)[]; binary: boolean }>();
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
          if (code !== 80877103 && code !== 80877104) startup = false; // SSL/GSS requests precede startup
          continue;
        }
        if (buffer.length < 5) break;
        const len = buffer.readInt32BE(1);
        if (buffer.length < 1 + len) break;
        const type = String.fromCharCode(buffer[0]);
        const body = buffer.subarray(5, 1 + len);
        if (type === 'Q') {
          captured.push({ connection, text: body.toString('utf8', 0, body.length - 1), params: [], binary: false, simple: true });
        } else if (type === 'P') {
          const nameEnd = body.indexOf(0);
          const textEnd = body.indexOf(0, nameEnd + 1);
          prepared.set(body.toString('utf8', 0, nameEnd), body.toString('utf8', nameEnd + 1, textEnd));
        } else if (type === 'B') {
          let at = body.indexOf(0);
          const portal = body.toString('utf8', 0, at);
          const stmtEnd = body.indexOf(0, at + 1);
          const statement = body.toString('utf8', at + 1, stmtEnd);
          at = stmtEnd + 1;
          const nFormats = body.readInt16BE(at);
          at += 2;
          const formats: number[] = [];
          for (let i = 0; i < nFormats; i++, at += 2) formats.push(body.readInt16BE(at));
          const nParams = body.readInt16BE(at);
          at += 2;
          const params: (string | null)[] = [];
          let binary = false;
          for (let i = 0; i < nParams; i++) {
            const size = body.readInt32BE(at);
            at += 4;
            if (size < 0) {
              params.push(null);
              continue;
            }
            const format = nFormats === 0 ? 0 : nFormats === 1 ? formats[0] : formats[i];
            const value = body.subarray(at, at + size);
            at += size;
            if (format === 1) binary = true;
            params.push(format === 1 ? value.toString('base64') : value.toString('utf8'));
          }
          portals.set(portal, { text: prepared.get(statement) ?? `<unknown prepared statement ${statement}>`, params, binary });
        } else if (type === 'E') {
          const portal = body.toString('utf8', 0, body.indexOf(0));
          const bound = portals.get(portal);
          if (bound) captured.push({ connection, ...bound, simple: false });
        }
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
    take: () => {
      const taken = captured;
      captured = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
