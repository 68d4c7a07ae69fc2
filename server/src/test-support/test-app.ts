import os from 'node:os';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App } from '../app';
import type { Clock } from '../shared/clock';
import { loadConfig, type Config } from '../config';
import { createLogger, type Logger } from '../observability/logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; code: string }[] } }[];
}

export interface TestApp {
  app: App;
  url: string;
  database: TestDatabase;
  /** Every SQL statement the ORM sent, for N+1 checks. */
  statements: string[];
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  login(username: string, password?: string): Promise<string>;
  wsClient(token?: string): WsClient;
  stop(): Promise<void>;
}

/** A graphql-ws client for the server at `baseUrl`, authenticated like an API client. */
export function connectWebSocket(baseUrl: string, token?: string): WsClient {
  return createClient({
    url: `${baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

export const DEMO_PASSWORD = 'demo1234';
/** Signs the test apps' audit heads (never a key file in the project's data folder). */
export const TEST_AUDIT_HEAD_KEY = 'test-audit-head-key-0123456789abcdef';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    demoPassword: DEMO_PASSWORD,
    demoRequests: false,
    deadlineSweepMinutes: 0,
    clientDist: null,
    attachmentsDir: path.join(os.tmpdir(), `lt-attachments-${process.pid}`),
    auditHead: { key: TEST_AUDIT_HEAD_KEY, keyFile: '', logFile: null, intervalMs: 0 },
    // the local signing CA and officials' keys: per test process, never in the project's data folder
    signing: { ...loadConfig({}).signing, dir: path.join(os.tmpdir(), `lt-signing-${process.pid}`) },
    // off unless a test needs it: its schema would add ~0.4 s to every test database
    jobs: { enabled: false, concurrency: 2, pollIntervalMs: 200 },
    ...overrides,
  };
}

/** The real app on a private database, migrated and seeded, listening on a free port. */
export async function startTestApp(
  options: { database?: TestDatabase; config?: Partial<Config>; logger?: Logger; clock?: Clock } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const statements: string[] = [];
  const app = await createApp({
    config: testConfig(options.config),
    databaseUrl: database.url,
    // LT_TEST_LOG=1 shows the server's log (masked internal errors included) while debugging a test
    logger: options.logger ?? createLogger({ level: process.env.LT_TEST_LOG ? 'debug' : 'silent' }),
    onQuery: (sql) => statements.push(sql),
    clock: options.clock,
  });
  const url = await app.listen(0, '127.0.0.1');
  const clients: WsClient[] = [];

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };

  return {
    app,
    url,
    database,
    statements,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { token } }',
        { input: { username, password } },
      );
      if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    wsClient(token) {
      const client = connectWebSocket(url, token);
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.stop();
      if (!options.database) await database.drop();
    },
  };
}
