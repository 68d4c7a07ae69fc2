/**
 * The reads benchmark's peer: PostGraphile 5 (grafserv's node:http adaptor) over the bench
 * database, exposing `public` and the `bench_peer` schema (peer-schema.ts). Production-like:
 * no GraphiQL, no explain, no watch, no websockets, a pool of 10 like our server's. No session,
 * no authorisation: every request reads as the database owner.
 * Usage: DATABASE_URL=... node postgraphile-server.js  (prints "peer ready: http://...")
 */
import './promise-with-resolvers'; // first: before any PostGraphile module
import http from 'node:http';
import { Pool } from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PEER_SCHEMA } from './peer-schema';

async function main() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public', PEER_SCHEMA] })],
    grafserv: {
      graphqlPath: '/graphql',
      graphiql: false,
      graphiqlOnGraphQLGET: false,
      watch: false,
      websockets: false,
      // grafserv's documented fast path: the planned JSON is written without a second stringify
      outputDataAsString: true,
    },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 60_000;
  await serv.addTo(server);
  await pgl.getSchema(); // build the schema before saying ready, so no measured request waits for it
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(`peer ready: http://127.0.0.1:${port}/graphql`);
  });
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void Promise.resolve(pgl.release())
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
