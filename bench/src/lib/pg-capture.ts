import { startPgProxy } from './pg-proxy';

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
  const proxy = await startPgProxy(upstreamHost, upstreamPort, (connection) => {
    const prepared = new Map<string, string>();
    const portals = new Map<string, { text: string; params: (string | null)[]; binary: boolean }>();
    return (type, body) => {
      if (type === 'Q') {
        captured.push({
          connection,
          text: body.toString('utf8', 0, body.length - 1),
          params: [],
          binary: false,
          simple: true,
        });
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
        portals.set(portal, {
          text: prepared.get(statement) ?? `<unknown prepared statement ${statement}>`,
          params,
          binary,
        });
      } else if (type === 'E') {
        const portal = body.toString('utf8', 0, body.indexOf(0));
        const bound = portals.get(portal);
        if (bound) captured.push({ connection, ...bound, simple: false });
      }
    };
  });
  return {
    port: proxy.port,
    take: () => {
      const taken = captured;
      captured = [];
      return taken;
    },
    close: () => proxy.close(),
  };
}
