import type { Client } from 'graphql-ws';
import { connectWebSocket, startTestApp, type TestApp } from '../../test-support/test-app';
import { spawnServer, type ServerProcess } from '../../test-support/server-process';
import { waitFor } from '../../test-support/wait-for';

const SUBSCRIPTION = 'subscription { agencyChanged { change agency { code shortName version parent { code } } } }';
const UPDATE = 'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { agency { version } } }';

interface Received {
  data?: { agencyChanged: { change: string; agency: { code: string; shortName: string; version: number } } };
  errors?: unknown[];
}

function collect(client: Client, query: string) {
  const received: Received[] = [];
  const closed: unknown[] = [];
  const dispose = client.subscribe<Received['data']>(
    { query },
    {
      next: (value) => received.push(value as Received),
      error: (error) => closed.push(error),
      complete: () => closed.push('complete'),
    },
  );
  return { received, closed, dispose };
}

describe('live agency changes across server processes', () => {
  let a: TestApp;
  let b: ServerProcess;
  let admin: string;
  let sxdId: string;

  beforeAll(async () => {
    a = await startTestApp();
    b = await spawnServer({ DATABASE_URL: a.database.url });
    admin = await a.login('admin');
    const created = await a.gql<{ createAgency: { agency: { id: string } } }>(
      'mutation { createAgency(input: { code: "SGTVT", name: "Sở Giao thông vận tải", shortName: "Sở GTVT", kind: DEPARTMENT }) { agency { id } } }',
      {},
      admin,
    );
    sxdId = created.data!.createAgency.agency.id;
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  /** Renames the agency on process A until the subscriber has something (subscriptions give no "ready" signal). */
  async function publishUntilReceived(received: Received[]) {
    let version = (
      await a.gql<{ agency: { version: number } }>(
        'query($id: ID!) { agency(id: $id) { version } }',
        { id: sxdId },
        admin,
      )
    ).data!.agency.version;
    return waitFor(
      async () => {
        if (received.length > 0) return received;
        const result = await a.gql<{ updateAgency: { agency: { version: number } } }>(
          UPDATE,
          { input: { id: sxdId, version, shortName: `Sở GTVT v${version}` } },
          admin,
        );
        version = result.data!.updateAgency.agency.version;
        return received.length > 0 ? received : undefined;
      },
      'an agencyChanged event on process B',
      10_000,
      100,
    );
  }

  it('delivers an event published by process A to a subscriber connected to process B', async () => {
    const token = await a.login('stnmt.staff');
    const clientB = connectWebSocket(b.url, token);
    const sub = collect(clientB, SUBSCRIPTION);
    try {
      const received = await publishUntilReceived(sub.received);
      expect(received[0].errors).toBeUndefined();
      expect(received[0].data!.agencyChanged).toMatchObject({
        change: 'UPDATED',
        agency: { code: 'SGTVT', shortName: expect.stringMatching(/^Sở GTVT v\d+$/) },
      });
    } finally {
      sub.dispose();
      await clientB.dispose();
    }
  });

  it('refuses a WebSocket connection without a valid session', async () => {
    const client = a.wsClient('invalid-token-invalid-token');
    const sub = collect(client, SUBSCRIPTION);
    const [reason] = await waitFor(() => (sub.closed.length ? sub.closed : undefined), 'the connection to be refused');
    expect((reason as { code?: number }).code).toBe(4403);
  });

  it('closes the sockets of a session when it logs out', async () => {
    const token = await a.login('stc.staff');
    const sub = collect(a.wsClient(token), SUBSCRIPTION);
    await publishUntilReceived(sub.received);
    await a.gql('mutation { logout }', {}, token);
    const [reason] = await waitFor(() => (sub.closed.length ? sub.closed : undefined), 'the socket to be closed');
    expect((reason as { code?: number }).code).toBe(4403);
  });

  it('accepts only subscriptions over the WebSocket', async () => {
    const token = await a.login('stnmt.lead');
    const sub = collect(a.wsClient(token), '{ me { username } }');
    const [error] = await waitFor(() => (sub.closed.length ? sub.closed : undefined), 'the query to be refused');
    expect(error).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', messageKey: 'api.subscriptionsOnly', requestId: expect.any(String) },
      }),
    ]);
  });

  it('process B shuts down gracefully on SIGTERM, closing its open WebSockets with "going away"', async () => {
    const token = await a.login('skhdt.staff');
    const client = connectWebSocket(b.url, token);
    const sub = collect(client, SUBSCRIPTION);
    await publishUntilReceived(sub.received);
    expect(await b.stop()).toBe(0);
    const [reason] = await waitFor(() => (sub.closed.length ? sub.closed : undefined), 'the socket to be closed');
    expect((reason as { code?: number }).code).toBe(1001);
    expect(b.output()).toContain('SIGTERM received, shutting down');
    expect(b.output()).toContain('stopped cleanly');
    await client.dispose();
  });
});
