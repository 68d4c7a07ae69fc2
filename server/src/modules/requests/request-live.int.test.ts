import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';
import { act, agencyIds, inDays, type RequestData } from '../../test-support/request-helpers';

const FEED =
  'subscription($after: ID) { requestFeed(after: $after) { event { id type note } request { id status version } } }';
type FeedItem = {
  data?: {
    requestFeed: {
      event: { id: string; type: string; note: string | null };
      request: { id: string; status: string; version: number };
    };
  };
  errors?: unknown;
};

describe('live request events resume without gaps or duplicates', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let locality: string;
  let department: string;
  let finance: string;

  beforeAll(async () => {
    t = await startTestApp();
    locality = await t.login('ubnd-dh.staff');
    department = await t.login('stnmt.staff');
    finance = await t.login('stc.staff');
    ids = await agencyIds(t, department);
  });
  afterAll(() => t.stop());

  const newRequest = async (token: string, leadAgencyId: string, title: string) => {
    const draft = await act(t, token, 'createRequest', 'CreateRequestInput', {
      title,
      body: 'Nội dung',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(7),
      leadAgencyId,
      supportingAgencyIds: [],
    });
    return act(t, token, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
  };

  function subscribe(token: string, after?: string) {
    const items: FeedItem[] = [];
    const client = t.wsClient(token);
    client.subscribe(
      { query: FEED, variables: { after } },
      { next: (v) => items.push(v as FeedItem), error: (e) => items.push({ errors: e }), complete: () => undefined },
    );
    return { items, client };
  }

  it('replays what the department missed while offline, then continues live, each event once', async () => {
    // 1. Online: wait until the feed is live by submitting requests until one arrives.
    const first = subscribe(department);
    let request: RequestData | undefined;
    await waitFor(
      async () => {
        if (first.items.length > 0) return true;
        request = await newRequest(locality, ids.STNMT, 'Đề nghị số 1');
        return first.items.length > 0 ? true : undefined;
      },
      'the first live event',
      10_000,
      100,
    );
    await waitFor(
      () => (first.items.at(-1)!.data!.requestFeed.event.type === 'SUBMITTED' ? true : undefined),
      'the submit event',
    );
    const lastSeen = first.items.at(-1)!.data!.requestFeed.event.id;
    expect(first.items.every((i) => !i.errors)).toBe(true);

    // 2. Offline: the connection drops, work goes on.
    await first.client.dispose();
    let current = await act(t, department, 'acknowledgeRequest', 'RequestActionInput', {
      id: request!.id,
      version: request!.version,
    });
    current = await act(t, locality, 'commentOnRequest', 'CommentOnRequestInput', {
      id: current.id,
      body: 'Xin cập nhật tiến độ.',
    });
    await newRequest(finance, ids.SKHDT, 'Việc của Sở Tài chính, không liên quan'); // not visible to the department
    current = await act(t, department, 'respondToRequest', 'RequestTextInput', {
      id: current.id,
      version: current.version,
      text: 'Đã xử lý xong.',
    });

    // 3. Back online with the last id seen: exactly the missed events, in order, then live ones.
    const resumed = subscribe(department, lastSeen);
    await waitFor(() => (resumed.items.length >= 3 ? true : undefined), 'the replayed events');
    await act(t, locality, 'commentOnRequest', 'CommentOnRequestInput', { id: current.id, body: 'Cảm ơn Sở.' });
    await waitFor(() => (resumed.items.length >= 4 ? true : undefined), 'the live event after the replay');

    const events = resumed.items.map((i) => i.data!.requestFeed.event);
    expect(events.map((e) => e.type)).toEqual(['ACKNOWLEDGED', 'COMMENTED', 'RESPONDED', 'COMMENTED']);
    expect(events.map((e) => e.note)).toEqual([null, 'Xin cập nhật tiến độ.', 'Đã xử lý xong.', 'Cảm ơn Sở.']);
    const numericIds = events.map((e) => Number(e.id));
    expect(numericIds).toEqual([...numericIds].sort((a, b) => a - b));
    expect(new Set(numericIds).size).toBe(numericIds.length);
    expect(numericIds[0]).toBeGreaterThan(Number(lastSeen));
    expect(resumed.items.at(-1)!.data!.requestFeed.request).toMatchObject({ id: request!.id, status: 'RESPONDED' });
  });

  it('hears concurrent writers in commit order, so a live subscriber misses none of their events', async () => {
    const requests: RequestData[] = [];
    for (let i = 0; i < 30; i++) requests.push(await newRequest(locality, ids.STNMT, `Đề nghị đồng thời số ${i}`));
    const request = requests[0];
    const live = subscribe(department);
    await waitFor(async () => {
      if (live.items.some((item) => item.data?.requestFeed.event.note === 'khởi động')) return true;
      await act(t, locality, 'commentOnRequest', 'CommentOnRequestInput', { id: request.id, body: 'khởi động' });
      return undefined;
    }, 'the feed to be live');
    const from = live.items.length;
    // writers commit in quick succession from separate connections; each NOTIFY must not overtake another
    await Promise.all(
      requests.map((r, i) =>
        act(t, i % 2 ? locality : department, 'commentOnRequest', 'CommentOnRequestInput', {
          id: r.id,
          body: `ý kiến ${i}`,
        }),
      ),
    );
    await waitFor(() => (live.items.length - from >= 30 ? true : undefined), 'all 30 comments to arrive live', 10_000);
    const received = live.items.slice(from).map((item) => Number(item.data!.requestFeed.event.id));
    expect(new Set(received).size).toBe(30);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    await live.client.dispose();
  });

  it('gives a cursor to start the feed from: the newest event the viewer may see', async () => {
    const cursor = async (token: string) =>
      (await t.gql<{ requestEventCursor: string }>('{ requestEventCursor }', {}, token)).data!.requestEventCursor;
    const before = await cursor(department);
    const financeBefore = await cursor(finance);
    const request = await newRequest(locality, ids.STNMT, 'Đề nghị để kiểm tra con trỏ');
    const after = await cursor(department);
    expect(Number(after)).toBeGreaterThan(Number(before));
    const timeline = await t.gql<{ request: { timeline: { id: string }[] } }>(
      'query($id: ID!) { request(id: $id) { timeline { id } } }',
      { id: request.id },
      department,
    );
    expect(after).toBe(timeline.data!.request.timeline.at(-1)!.id);
    expect(await cursor(finance)).toBe(financeBefore); // not the department's events
  });

  it('rejects a malformed resume id with a code', async () => {
    const { items } = subscribe(department, 'not-a-number');
    await waitFor(() => (items.length ? true : undefined), 'the refusal');
    expect(JSON.stringify(items[0].errors)).toContain('BAD_USER_INPUT');
  });
});
