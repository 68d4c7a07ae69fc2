import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { spawnServer, type ServerProcess } from '../test-support/server-process';
import { waitFor } from '../test-support/wait-for';

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const SRC = path.resolve(__dirname, '..');

/**
 * In a fresh Node process (the compiled server, `npm run build` first): start tracing with the
 * given environment, then say which OpenTelemetry modules are loaded and whether a tracer
 * provider was registered globally.
 */
function tracingProbe(env: Record<string, string>): { loaded: number; registered: boolean } {
  const script = `
    const { startTracing } = require(${JSON.stringify(path.join(DIST, 'observability', 'tracing.js'))});
    const quiet = { info() {} };
    startTracing(${JSON.stringify(env)}, quiet).then(async (tracing) => {
      const loaded = Object.keys(require.cache).filter((file) => file.includes('@opentelemetry')).length;
      const registered = Symbol.for('opentelemetry.js.api.1') in globalThis;
      await tracing?.shutdown();
      process.stdout.write(JSON.stringify({ loaded, registered }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
    loaded: number;
    registered: boolean;
  };
}

describe('traces', () => {
  it('loads no OpenTelemetry package when OTEL_EXPORTER_OTLP_ENDPOINT is unset', () => {
    expect(tracingProbe({})).toEqual({ loaded: 0, registered: false });
    // the same probe sees them when tracing is on (so the zero above means something)
    const on = tracingProbe({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' });
    expect(on.registered).toBe(true);
    expect(on.loaded).toBeGreaterThan(0);
  });

  it('imports OpenTelemetry nowhere but tracing.ts (dynamically)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !file.endsWith('tracing.ts')) {
          if (
            /from '@opentelemetry|require\('@opentelemetry|import\('@opentelemetry/.test(fs.readFileSync(file, 'utf8'))
          )
            offenders.push(path.relative(SRC, file));
        }
      }
    };
    walk(SRC);
    expect(offenders).toEqual([]);
  });

  describe('when OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
    let database: TestDatabase;
    let server: ServerProcess;
    let collector: http.Server;
    const scopes = new Set<string>();

    beforeAll(async () => {
      // an OTLP/HTTP collector on loopback: the exporter posts JSON to /v1/traces
      collector = http.createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { scope: { name: string } }[] }[] };
          for (const resource of payload.resourceSpans)
            for (const scope of resource.scopeSpans) scopes.add(scope.scope.name);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
      const { port } = collector.address() as { port: number };
      database = await createTestDatabase();
      server = await spawnServer(
        {
          DATABASE_URL: database.url,
          DEMO_REQUESTS: 'false',
          DEADLINE_SWEEP_MINUTES: '0',
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
          OTEL_BSP_SCHEDULE_DELAY: '100',
        },
        60_000,
      );
    }, 90_000);
    afterAll(async () => {
      await server?.stop();
      await database?.drop();
      collector?.close();
    });

    it('exports spans of HTTP, GraphQL and pg over OTLP', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation SignIn { login(input: { username: "stnmt.staff", password: "demo1234" }) { token } }',
        }),
      });
      expect(response.status).toBe(200);
      await waitFor(
        () =>
          ['http', 'graphql', 'pg'].every((kind) => scopes.has(`@opentelemetry/instrumentation-${kind}`))
            ? true
            : undefined,
        `spans of http, graphql and pg (seen: ${[...scopes].join(', ') || 'none'})`,
        10_000,
      );
    });
  });
});
