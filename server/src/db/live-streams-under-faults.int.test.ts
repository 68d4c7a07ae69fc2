import pg from 'pg';
import { inDays } from '../test-support/request-helpers';
import { RequestFollower } from '../test-support/request-follower';
import type { ServerProcess } from '../test-support/server-process';
import {
  pgCtl,
  spawnServerWithOwnDatabase,
  type ServerWithOwnDatabase,
} from '../test-support/server-with-own-database';
import { waitFor } from '../test-support/wait-for';

type Response = { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };

const WRITERS = ['ubnd-tp.staff', 'ubnd-dh.staff', 'ubnd-ts.staff', 'ubnd-np.staff', 'stc.staff', 'skhdt.staff'];
/** Each sees every SUBMITTED event: the Committee (all that is not a draft) and the lead agency. */
const FOLLOWERS = ['ubnd.lead', 'ubnd.staff', 'stnmt.staff'];
const KILLING_MS = 3000;
const KILL_EVERY_MS = 150;

/**
 * Live streams while the database goes away under write load — PostgreSQL restarted
 * (`pg_ctl restart -m fast`), then every connection killed (`pg_terminate_backend`): followers that
 * resume from the last id they saw get every event exactly once, in order, and every write the
 * server acknowledged among them.
 */
describe('live streams when the database connections drop', () => {
  let own: ServerWithOwnDatabase;
  let server: ServerProcess;
  let admin: pg.Client;

  const gql = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Response> => {
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Response;
    } catch (error) {
      return { errors: [{ extensions: { code: `FETCH: ${(error as Error).message}` } }] };
    }
  };
  const login = async (username: string) =>
    (
      await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username, password: 'demo1234' },
      })
    ).data!.login.token as string;

  const connectAdmin = async () => {
    admin = new pg.Client({ connectionString: own.adminUrl });
    await admin.connect();
  };

  beforeAll(async () => {
    own = await spawnServerWithOwnDatabase();
    server = own.server;
    await connectAdmin();
  }, 120_000);

  afterAll(async () => {
    await admin?.end().catch(() => undefined);
    expect(await own?.stop()).toBe(0);
  });

  it('restarted PostgreSQL and killed connections under 6 writers: no gap, no duplicate, every acknowledged event delivered', async () => {
    const stnmt = (
      await gql(
        '{ agencies(first: 5, filter: { search: "STNMT" }) { edges { node { id code } } } }',
        {},
        await login('ubnd.lead'),
      )
    ).data!.agencies.edges.find((e: { node: { code: string } }) => e.node.code === 'STNMT').node.id as string;
    const [{ max }] = (await admin.query<{ max: string | null }>('select max(id) from events')).rows;
    const startAfter = Number(max ?? 0);
    const followers = await Promise.all(
      FOLLOWERS.map(async (username) => new RequestFollower(server.url, await login(username), startAfter)),
    );

    // Writers create and submit requests until told to stop; a submit the server answered is acknowledged.
    const acknowledged = new Set<string>();
    const failures = new Map<string, number>();
    let writing = true;
    const writer = async (token: string, name: string) => {
      for (let n = 1; writing; n++) {
        const created = await gql(
          'mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id version } } }',
          {
            input: {
              title: `Đề nghị ${name} số ${n}`,
              body: 'Nội dung',
              domain: 'LAND',
              priority: 'NORMAL',
              dueDate: inDays(7),
              leadAgencyId: stnmt,
              supportingAgencyIds: [],
            },
          },
          token,
        );
        const draft = created.data?.createRequest?.request;
        const submitted =
          draft &&
          (await gql(
            'mutation($input: RequestActionInput!) { submitRequest(input: $input) { request { id } } }',
            { input: { id: draft.id, version: draft.version } },
            token,
          ));
        const id = submitted && submitted.data?.submitRequest?.request.id;
        if (id) acknowledged.add(id);
        else {
          const code = String((submitted ?? created).errors?.[0]?.extensions?.code);
          failures.set(code, (failures.get(code) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 50)); // a client's backoff while the database is away
        }
      }
    };
    const tokens = await Promise.all(WRITERS.map(login));
    const writers = tokens.map((token, i) => writer(token, WRITERS[i]));
    const acknowledgedAtLeast = (count: number, what: string) =>
      waitFor(() => (acknowledged.size >= count ? true : undefined), what, 20_000);

    await acknowledgedAtLeast(30, 'writes before the restart');
    await admin.end();
    pgCtl(own.clusterDir, 'restart', '-m', 'fast');
    await connectAdmin();
    const afterRestart = acknowledged.size;
    await acknowledgedAtLeast(afterRestart + 30, 'writes after the restart');

    // connections killed again and again for a while: reads of events that just arrived fail too
    const afterKills = acknowledged.size;
    for (const end = Date.now() + KILLING_MS; Date.now() < end;) {
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      await new Promise((resolve) => setTimeout(resolve, KILL_EVERY_MS));
    }
    await acknowledgedAtLeast(afterKills + 30, 'writes after the connections were killed');
    writing = false;
    await Promise.all(writers);

    // What each follower should have: every request event after its start that its agency may see.
    const expected = async (username: string) => {
      const { rows } = await admin.query<{ id: string }>(
        `select e.id from events e, users u
          where u.username = $1 and e.id > $2 and e.aggregate_type = 'REQUEST'
            and (e.audience @> array[u.agency_id] or (not e.restricted and u.agency_id = (select id from agencies where code = 'UBND')))
          order by e.id`,
        [username, startAfter],
      );
      return rows.map((r) => Number(r.id));
    };
    // one after another: `admin` is one pg.Client, and a query sent while another runs is deprecated in pg 8
    const wanted: number[][] = [];
    for (const username of FOLLOWERS) wanted.push(await expected(username));
    await waitFor(
      () => (followers.every((f, i) => f.last >= wanted[i].at(-1)!) ? true : undefined),
      'every follower caught up',
      20_000,
      100,
    );
    await Promise.all(followers.map((f) => f.stop()));

    for (const [i, follower] of followers.entries()) {
      const report = {
        follower: FOLLOWERS[i],
        delivered: follower.ids.length,
        wanted: wanted[i].length,
        endings: follower.endings,
        failures: Object.fromEntries(failures),
      };
      expect({ ...report, errorPayloads: follower.errorPayloads }).toEqual({ ...report, errorPayloads: 0 });
      expect(follower.ids).toEqual(wanted[i]); // in order: no gap, no duplicate
      expect([...acknowledged].filter((id) => !follower.submitted.has(id))).toEqual([]);
    }
  }, 120_000);
});
