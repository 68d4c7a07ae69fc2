import type { Client } from 'graphql-ws';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';
import { act, agencyIds, inDays, MUTATION, type RequestData } from '../../test-support/request-helpers';

/** Every request operation, tried by an official of an agency that has nothing to do with the request. */
describe('an unrelated agency sees and does nothing', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let outsider: string;
  let requester: string;
  let lead: string;
  let draft: RequestData;
  let sent: RequestData;

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.login('ubnd-dh.lead');
    lead = await t.login('stnmt.lead');
    outsider = await t.login('stc.lead');
    ids = await agencyIds(t, lead);
    const input = {
      title: 'Đề nghị rà soát hồ sơ đất đai',
      body: 'Nội dung',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(7),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [ids['VPDKDD-DH']],
    };
    draft = await act(t, requester, 'createRequest', 'CreateRequestInput', input);
    const other = await act(t, requester, 'createRequest', 'CreateRequestInput', input);
    sent = await act(t, requester, 'submitRequest', 'RequestActionInput', { id: other.id, version: other.version });
  });
  afterAll(() => t.stop());

  it('cannot read either request, directly or through any list, box or search', async () => {
    for (const request of [draft, sent]) {
      const result = await t.gql(
        'query($id: ID!) { request(id: $id) { id timeline { id } comments { id } } }',
        { id: request.id },
        outsider,
      );
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
    }
    for (const box of ['INBOX', 'OUTBOX', 'ALL']) {
      for (const search of [null, 'ra soat', sent.code]) {
        const result = await t.gql<{ requests: { edges: unknown[] } }>(
          'query($filter: RequestFilter) { requests(filter: $filter) { edges { node { id } } } }',
          { filter: { box, search } },
          outsider,
        );
        expect(result.data!.requests.edges).toEqual([]);
      }
    }
  });

  const everyMutation = (r: RequestData): [string, string, Record<string, unknown>][] => [
    [
      'updateRequestDraft',
      'UpdateRequestDraftInput',
      {
        id: r.id,
        version: r.version,
        title: 'Sửa trái phép',
        body: 'x',
        domain: 'LAND',
        priority: 'LOW',
        dueDate: inDays(3),
        leadAgencyId: ids.STC,
        supportingAgencyIds: [],
      },
    ],
    ['submitRequest', 'RequestActionInput', { id: r.id, version: r.version }],
    ['acknowledgeRequest', 'RequestActionInput', { id: r.id, version: r.version }],
    ['assignRequest', 'AssignRequestInput', { id: r.id, version: r.version, assigneeId: r.id }],
    ['respondToRequest', 'RequestTextInput', { id: r.id, version: r.version, text: 'x' }],
    ['declineRequest', 'RequestTextInput', { id: r.id, version: r.version, text: 'x' }],
    ['closeRequest', 'OptionalTextInput', { id: r.id, version: r.version }],
    ['reopenRequest', 'RequestTextInput', { id: r.id, version: r.version, text: 'x' }],
    ['withdrawRequest', 'OptionalTextInput', { id: r.id, version: r.version }],
    ['escalateRequest', 'RequestTextInput', { id: r.id, version: r.version, text: 'x' }],
    [
      'resolveRequestEscalation',
      'ResolveEscalationInput',
      { id: r.id, version: r.version, directive: 'x', dueDate: inDays(3) },
    ],
    ['commentOnRequest', 'CommentOnRequestInput', { id: r.id, body: 'x' }],
  ];

  it.each(['draft', 'sent'])(
    'gets NOT_FOUND from every mutation on the %s request, which stays unchanged',
    async (which) => {
      const request = which === 'draft' ? draft : sent;
      for (const [name, type, input] of everyMutation(request)) {
        const result = await t.gql(MUTATION(name, type), { input }, outsider);
        expect([name, result.errors?.[0].extensions?.code]).toEqual([name, 'NOT_FOUND']);
      }
      const after = await t.gql<{ request: RequestData }>(
        'query($id: ID!) { request(id: $id) { version status } }',
        { id: request.id },
        requester,
      );
      expect(after.data!.request).toEqual({ version: request.version, status: request.status });
    },
  );

  it('cannot subscribe to the request and receives none of its events on the feed', async () => {
    const outsiderWs = t.wsClient(outsider);
    const refused = await new Promise<unknown>((resolve) => {
      outsiderWs.subscribe(
        { query: 'subscription($id: ID!) { requestChanged(id: $id) { event { id } } }', variables: { id: sent.id } },
        {
          next: (value) => resolve(value),
          error: (error) => resolve(error),
          complete: () => undefined,
        },
      );
    });
    expect(JSON.stringify(refused)).toContain('NOT_FOUND');

    const outsiderFeed: unknown[] = [];
    const leadFeed: unknown[] = [];
    const listen = (client: Client, sink: unknown[]) =>
      client.subscribe(
        { query: 'subscription { requestFeed { event { id type } request { id } } }' },
        { next: (v) => sink.push(v), error: (e) => sink.push(e), complete: () => undefined },
      );
    listen(outsiderWs, outsiderFeed);
    listen(t.wsClient(lead), leadFeed);
    let version = sent.version;
    // keep commenting until the lead's feed has delivered (subscriptions give no "ready" signal)
    await waitFor(
      async () => {
        if (leadFeed.length > 0) return true;
        const commented = await act(t, lead, 'commentOnRequest', 'CommentOnRequestInput', {
          id: sent.id,
          body: `Ý kiến ${version}`,
        });
        version = commented.version;
        return leadFeed.length > 0 ? true : undefined;
      },
      'the lead agency to receive the event',
      10_000,
      100,
    );
    // the outsider's feed was open before the lead's and saw the same events pass by: it got none
    expect(outsiderFeed).toEqual([]);
  });
});
